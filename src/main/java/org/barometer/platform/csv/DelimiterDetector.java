package org.barometer.platform.csv;

/**
 * Tells from the header line whether a file is comma- or semicolon-separated.
 *
 * <p>Excel in Norwegian and Swedish locales saves "CSV" with semicolons because the comma is the
 * decimal separator there; files from other tools use commas. Staff should not have to know which
 * they have. The header is the reliable place to look: its cells are column names, which contain
 * neither delimiter unless quoted.
 */
public final class DelimiterDetector {

  private DelimiterDetector() {}

  /**
   * The delimiter of a file whose first non-blank line is {@code headerLine}: a semicolon if it has
   * more semicolons than commas outside double quotes, otherwise a comma.
   */
  public static char detect(String headerLine) {
    int commas = 0;
    int semicolons = 0;
    boolean quoted = false;
    for (int i = 0; i < headerLine.length(); i++) {
      char c = headerLine.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }
}
