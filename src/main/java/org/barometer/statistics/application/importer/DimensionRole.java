package org.barometer.statistics.application.importer;

/** What a dimension is, as far as the file says: time, geography, the measures, or other. */
public enum DimensionRole {
  TIME,
  GEO,
  METRIC,
  OTHER
}
