package org.barometer.statistics.application.importer.px;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.barometer.statistics.application.importer.Category;
import org.barometer.statistics.application.importer.Dimension;
import org.barometer.statistics.application.importer.ImportException;

/**
 * Reads the DATA cells: numbers (quoted or not); any other quoted text, and bare dot runs or "-",
 * is a missing cell (NaN) with that text as its status.
 *
 * <ul>
 *   <li>Dense layout: every cell in order; the count must be what the dimensions make. A ';' at the
 *       end of each row, as some exporters write them, ends a row when more cells follow; only the
 *       last one ends DATA.
 *   <li>KEYS layout ({@code KEYS("variable")=VALUES} or {@code =CODES}, as SCB's PxWeb writes
 *       sparse tables): each row starts with the value or code of every keyed STUB variable, then
 *       holds the cells of every combination of the other variables. Rows that are left out are all
 *       zeros, as PX-Win and PxWeb write them (they leave out the rows whose cells are all 0); a
 *       row given twice is refused.
 * </ul>
 */
final class PxData {

  /** How a keyed variable's rows name its category. */
  enum Key {
    NONE,
    VALUES,
    CODES
  }

  private final String fileName;
  private final PxScanner scanner;
  private final double[] values;
  private final String[] status;

  private PxData(String fileName, PxScanner scanner, double[] values, String[] status) {
    this.fileName = fileName;
    this.scanner = scanner;
    this.values = values;
    this.status = status;
  }

  /**
   * Reads the cells after {@code DATA=} into {@code values} and {@code status}, sized to fit.
   *
   * @param keys per dimension how its rows name it in the KEYS layout; all NONE for the dense one
   * @param defaultValues per STUB/HEADING variable its VALUES in the default language
   */
  static void readCells(
      String fileName,
      PxScanner scanner,
      double[] values,
      String[] status,
      List<Dimension> dimensions,
      Key[] keys,
      List<List<String>> defaultValues)
      throws ImportException {
    PxData data = new PxData(fileName, scanner, values, status);
    if (Arrays.stream(keys).allMatch(k -> k == Key.NONE)) {
      data.dense(dimensions);
    } else {
      data.keyed(dimensions, keys, defaultValues);
    }
  }

  private void dense(List<Dimension> dimensions) throws ImportException {
    int expected = values.length;
    int n = 0;
    int dataLine = scanner.line();
    while (true) {
      scanner.skipCellSeparators();
      if (atEnd()) {
        break;
      }
      int cellLine = scanner.line();
      boolean quoted = scanner.peek() == '"';
      String token = quoted ? scanner.readString() : scanner.readCellToken();
      if (n < expected) {
        cell(n, token, quoted, cellLine);
      }
      n++;
    }
    if (n != expected) {
      throw new ImportException(
          fileName,
          "cell " + (Math.min(n, expected) + 1) + " (DATA from line " + dataLine + ")",
          "DATA has "
              + n
              + " cells, but the dimensions ("
              + shape(dimensions)
              + ") make "
              + expected
              + (n < expected ? "; too few" : "; too many"));
    }
  }

  private void keyed(List<Dimension> dimensions, Key[] keys, List<List<String>> defaultValues)
      throws ImportException {
    int d = dimensions.size();
    int[] stride = new int[d];
    int step = 1;
    for (int v = d - 1; v >= 0; v--) {
      stride[v] = step;
      step *= dimensions.get(v).categories().size();
    }
    List<Integer> free = new ArrayList<>();
    int perRow = 1;
    for (int v = 0; v < d; v++) {
      if (keys[v] == Key.NONE) {
        free.add(v);
        perRow *= dimensions.get(v).categories().size();
      }
    }
    Arrays.fill(values, 0.0); // the rows left out: all zeros
    Set<Integer> seen = new HashSet<>();
    while (true) {
      scanner.skipCellSeparators();
      if (atEnd()) {
        return;
      }
      int rowLine = scanner.line();
      int base = 0;
      StringBuilder row = new StringBuilder();
      for (int v = 0; v < d; v++) {
        if (keys[v] == Key.NONE) {
          continue;
        }
        scanner.skipCellSeparators();
        if (scanner.peek() != '"') {
          throw new ImportException(
              fileName,
              "line " + rowLine,
              "a KEYS row must start with the quoted "
                  + (keys[v] == Key.CODES ? "code" : "value")
                  + " of "
                  + dimensions.get(v).label());
        }
        String key = scanner.readString();
        int position = position(dimensions.get(v), defaultValues.get(v), keys[v], key);
        if (position < 0) {
          throw new ImportException(
              fileName,
              "line " + rowLine,
              "'"
                  + shortened(key)
                  + "' is no "
                  + keys[v].name().toLowerCase(Locale.ROOT)
                  + " of "
                  + dimensions.get(v).label());
        }
        base += position * stride[v];
        row.append(row.isEmpty() ? "" : ", ").append(shortened(key));
      }
      if (!seen.add(base)) {
        throw new ImportException(
            fileName, "line " + rowLine, "the KEYS row " + row + " is given twice");
      }
      for (int c = 0; c < perRow; c++) {
        scanner.skipCellSeparators();
        if (scanner.eof() || scanner.peek() == ';') {
          throw new ImportException(
              fileName,
              "line " + scanner.line(),
              "the KEYS row "
                  + row
                  + " (line "
                  + rowLine
                  + ") has "
                  + c
                  + " cells, but the other variables make "
                  + perRow);
        }
        int index = base;
        int rest = c;
        for (int f = free.size() - 1; f >= 0; f--) {
          int v = free.get(f);
          int size = dimensions.get(v).categories().size();
          index += rest % size * stride[v];
          rest /= size;
        }
        int cellLine = scanner.line();
        boolean quoted = scanner.peek() == '"';
        cell(index, quoted ? scanner.readString() : scanner.readCellToken(), quoted, cellLine);
      }
    }
  }

  private static int position(Dimension dim, List<String> defaultValues, Key key, String text) {
    List<Category> categories = dim.categories();
    for (int j = 0; j < categories.size(); j++) {
      String wanted = key == Key.CODES ? categories.get(j).code() : defaultValues.get(j);
      if (wanted.equals(text)) {
        return j;
      }
    }
    for (int j = 0; j < categories.size(); j++) { // written in the other form after all
      if (categories.get(j).code().equals(text) || defaultValues.get(j).equals(text)) {
        return j;
      }
    }
    return -1;
  }

  /**
   * Whether DATA ends here: at the file's end, or at a ';' after which no more cells follow (a ';'
   * that only ends a row is consumed, and reading goes on).
   */
  private boolean atEnd() throws ImportException {
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
      return true;
    }
    if (scanner.peek() != ';') {
      return false;
    }
    scanner.next();
    scanner.skipCellSeparators();
    char c = scanner.peek();
    return scanner.eof()
        || !(c == '"' || c == '-' || c == '+' || c == '.' || (c >= '0' && c <= '9'));
  }

  private void cell(int n, String token, boolean quoted, int line) throws ImportException {
    if (isNumber(token)) {
      values[n] = Double.parseDouble(token.trim());
    } else if (quoted || isSymbol(token)) {
      values[n] = Double.NaN;
      status[n] = token.isEmpty() ? null : token;
    } else {
      throw new ImportException(
          fileName,
          "cell " + (n + 1) + " (line " + line + ")",
          "'" + shortened(token) + "' is neither a number nor a quoted symbol");
    }
  }

  private static String shortened(String token) {
    return token.length() > 40 ? token.substring(0, 40) + "..." : token;
  }

  private static String shape(List<Dimension> dimensions) {
    StringBuilder shape = new StringBuilder();
    for (Dimension d : dimensions) {
      if (!shape.isEmpty()) {
        shape.append(" × ");
      }
      shape.append(d.categories().size());
    }
    return shape.toString();
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
