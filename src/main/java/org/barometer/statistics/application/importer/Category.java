package org.barometer.statistics.application.importer;

/**
 * One category of a dimension: a region, a period, a measure.
 *
 * @param code the office's code ("3001", "K_3001", "2021K1", "KOSbelop0000")
 * @param label its name in the chosen language
 * @param unit for a category of a measure (metric) dimension, its unit and decimals; else null
 * @param note a note on the category, or null
 */
public record Category(String code, String label, Unit unit, String note) {

  public static Category of(String code, String label) {
    return new Category(code, label, null, null);
  }
}
