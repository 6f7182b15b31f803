package org.barometer.statistics.application;

import org.barometer.shared.Country;

/**
 * How to import an uploaded file. Everything may be left null to take what the file says and what
 * {@link DatasetMapping#guess} finds.
 *
 * @param source the office, e.g. "SSB"; null to take it from the file
 * @param office whose region codes the file uses; null to take it from the source
 * @param language the preferred label language of a multilingual file (nb, sv, en), or null
 * @param tableCode the table code for a file without one (CSV), or null for the file's name
 * @param regionDimension the region dimension's id; null to guess, {@code ""} for none (a national
 *     table)
 * @param timeDimension the time dimension's id; null to guess
 * @param measureDimension the measure dimension's id; null to guess, {@code ""} for none
 */
public record ImportRequest(
    String source,
    Country office,
    String language,
    String tableCode,
    String regionDimension,
    String timeDimension,
    String measureDimension) {

  /** Everything guessed. */
  public static ImportRequest guessed() {
    return new ImportRequest(null, null, null, null, null, null, null);
  }
}
