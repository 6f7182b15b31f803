package org.barometer.statistics.importer.px;

import java.util.List;
import org.barometer.statistics.importer.Dimension;
import org.barometer.statistics.importer.ImportException;

/**
 * Reads the DATA cells: numbers (quoted or not); any other quoted text, and bare dot runs or "-",
 * is a missing cell (NaN) with that text as its status. The count must be what the dimensions make.
 */
final class PxData {

  private PxData() {}

  /** Reads the cells after {@code DATA=} into {@code values} and {@code status}, sized to fit. */
  static void readCells(
      String fileName,
      PxScanner scanner,
      double[] values,
      String[] status,
      List<Dimension> dimensions)
      throws ImportException {
    int expected = values.length;
    int n = 0;
    int dataLine = scanner.line();
    while (true) {
      scanner.skipCellSeparators();
      if (scanner.eof()) {
        // a missing final ';' is tolerated when the count is right (SCB's BE0101D1 has none), but
        // only after a line end: a file that stops in the middle of a row was cut off there, and
        // its last number may have lost digits
        if (!scanner.endsWithLineEnd()) {
          throw new ImportException(
              fileName,
              "line " + scanner.line(),
              "the file ends in the middle of DATA, without the final ';': is it cut off?");
        }
        break;
      }
      char c = scanner.peek();
      if (c == ';') {
        scanner.next();
        break;
      }
      int cellLine = scanner.line();
      boolean quoted = c == '"';
      String token = quoted ? scanner.readString() : scanner.readCellToken();
      if (n < expected) {
        if (isNumber(token)) {
          values[n] = Double.parseDouble(token.trim());
        } else if (quoted || isSymbol(token)) {
          values[n] = Double.NaN;
          status[n] = token.isEmpty() ? null : token;
        } else {
          throw new ImportException(
              fileName,
              "cell " + (n + 1) + " (line " + cellLine + ")",
              "'"
                  + (token.length() > 40 ? token.substring(0, 40) + "..." : token)
                  + "' is neither a number nor a quoted symbol");
        }
      }
      n++;
    }
    if (n != expected) {
      StringBuilder shape = new StringBuilder();
      for (Dimension d : dimensions) {
        if (!shape.isEmpty()) {
          shape.append(" × ");
        }
        shape.append(d.categories().size());
      }
      throw new ImportException(
          fileName,
          "cell " + (Math.min(n, expected) + 1) + " (DATA from line " + dataLine + ")",
          "DATA has "
              + n
              + " cells, but the dimensions ("
              + shape
              + ") make "
              + expected
              + (n < expected ? "; too few" : "; too many"));
    }
  }

  private static boolean isSymbol(String token) {
    if (token.equals("-")) {
      return true;
    }
    if (token.isEmpty()) {
      return false;
    }
    for (int i = 0; i < token.length(); i++) {
      if (token.charAt(i) != '.') {
        return false;
      }
    }
    return true;
  }

  /** A decimal number as PX writes it: optional sign, digits, optional '.', optional exponent. */
  static boolean isNumber(String token) {
    String t = token.trim();
    int i = 0;
    int n = t.length();
    if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
      i++;
    }
    int digits = 0;
    while (i < n && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
      i++;
      digits++;
    }
    if (i < n && t.charAt(i) == '.') {
      i++;
      while (i < n && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
      i++;
      if (i < n && (t.charAt(i) == '-' || t.charAt(i) == '+')) {
        i++;
      }
      int exp = 0;
      while (i < n && Character.isDigit(t.charAt(i)) && t.charAt(i) < 128) {
        i++;
        exp++;
      }
      if (exp == 0) {
        return false;
      }
    }
    return i == n;
  }
}
