package org.barometer.statistics.application;

/**
 * A stored series: one measure of a table with the table's other dimensions held fixed. What a goal
 * refers to and the series browser offers.
 *
 * @param id the series' id
 * @param tableId the id of its table
 * @param source the publishing office
 * @param tableCode the office's table code
 * @param measureCode the measure's code (SSB's ContentsCode), or the table code for a one-measure
 *     table
 * @param measureLabel the measure for people
 * @param unit the unit, or null
 * @param decimals the decimals it is published with, or null
 * @param variantKey the fixed categories, canonical ({@code dimension=code|...}); {@code ""} for
 *     none
 * @param variantLabel the same for people
 */
public record SeriesEntry(
    long id,
    long tableId,
    String source,
    String tableCode,
    String measureCode,
    String measureLabel,
    String unit,
    Integer decimals,
    String variantKey,
    String variantLabel) {

  /** The measure and its variant in one line: "Netto driftsutgifter (Funksjon: Grunnskole)". */
  public String label() {
    String measure = measureLabel == null ? measureCode : measureLabel;
    return variantLabel == null || variantLabel.isEmpty()
        ? measure
        : measure + " (" + variantLabel + ")";
  }
}
