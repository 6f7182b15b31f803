package org.barometer.survey.domain.register;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An industry code from the Norwegian SN2007 or Swedish SNI2007 standard, both of which extend NACE
 * Rev. 2 by national subclasses.
 *
 * <p>The survey breaks results down by NACE section (the letter A–U), so a register row is only
 * useful if its division (the first two digits) exists; otherwise the business would fall out of
 * every industry breakdown unnoticed. Finer levels (group, class, national subclass) are kept as
 * written but not checked against the full code list, which changes between national revisions.
 *
 * <p>Accepted forms: "47", "47.1", "47.11", "47.111" and "01.110"; a comma instead of the dot (as
 * spreadsheets in Nordic locales write it) and the undotted five-digit form "47111" used in Swedish
 * registers are normalised to the dotted form. Four undotted digits are refused because a
 * spreadsheet that dropped the leading zero of "01110" produces "1110", which would silently read
 * as division 11.
 */
public final class NaceCode {

  private static final Pattern DOTTED = Pattern.compile("(\\d{2})(?:[.,](\\d{1,3}))?");
  private static final Pattern UNDOTTED_SUBCLASS = Pattern.compile("(\\d{2})(\\d{3})");

  /** First division of each section, in order; a section runs until the next one starts. */
  private static final int[] SECTION_STARTS = {
    1, 5, 10, 35, 36, 41, 45, 49, 55, 58, 64, 68, 69, 77, 84, 85, 86, 90, 94, 97, 99
  };

  /**
   * Divisions between 01 and 99 that NACE Rev. 2 leaves unused; they are gaps kept for future
   * revisions, so a code in one of them is a typing or export error.
   */
  private static final int[] UNUSED_DIVISIONS = {4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89};

  private final String code;
  private final int division;
  private final char section;

  private NaceCode(String code, int division, char section) {
    this.code = code;
    this.division = division;
    this.section = section;
  }

  /**
   * Parses an industry code.
   *
   * @param raw the code as written in the register, e.g. "47.111"
   * @return the code, normalised to the dotted form
   * @throws IllegalArgumentException if the text is not shaped like a code or its division does not
   *     exist in NACE Rev. 2
   */
  public static NaceCode parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new IllegalArgumentException("the NACE code is missing");
    }
    String text = raw.strip();
    String divisionDigits;
    String rest;
    Matcher dotted = DOTTED.matcher(text);
    Matcher undotted = UNDOTTED_SUBCLASS.matcher(text);
    if (dotted.matches()) {
      divisionDigits = dotted.group(1);
      rest = dotted.group(2);
    } else if (undotted.matches()) {
      divisionDigits = undotted.group(1);
      rest = undotted.group(2);
    } else {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a NACE code: expected a two-digit division, optionally followed by a dot"
              + " and up to three digits, e.g. 47, 47.1, 47.11 or 47.111");
    }
    int division = Integer.parseInt(divisionDigits);
    char section = sectionOf(division);
    if (section == 0) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a NACE code: division "
              + divisionDigits
              + " does not exist in NACE Rev. 2 (SN2007/SNI2007)");
    }
    String code = rest == null ? divisionDigits : divisionDigits + "." + rest;
    return new NaceCode(code, division, section);
  }

  /** The section letter for a division, or 0 if NACE Rev. 2 has no such division. */
  private static char sectionOf(int division) {
    if (division < 1 || division > 99) {
      return 0;
    }
    for (int unused : UNUSED_DIVISIONS) {
      if (division == unused) {
        return 0;
      }
    }
    int section = SECTION_STARTS.length - 1;
    while (SECTION_STARTS[section] > division) {
      section--;
    }
    return (char) ('A' + section);
  }

  /** The code in dotted form, e.g. "47.111" or "47". */
  public String code() {
    return code;
  }

  /** The NACE division: the first two digits, 1–99. */
  public int division() {
    return division;
  }

  /** The NACE Rev. 2 section letter, A–U, used to break survey results down by industry. */
  public char section() {
    return section;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NaceCode that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  @Override
  public String toString() {
    return code;
  }
}
