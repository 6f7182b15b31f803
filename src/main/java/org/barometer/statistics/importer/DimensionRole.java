package org.barometer.statistics.importer;

/** What a dimension is, as far as the file says: time, geography, the measures, or other. */
public enum DimensionRole {
  TIME,
  GEO,
  METRIC,
  OTHER
}
