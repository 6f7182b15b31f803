package org.barometer.statistics.application.importer.px;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.barometer.statistics.application.importer.ImportException;

/**
 * Reads the tokens of a decoded PX file: the header's {@code KEYWORD[lang]("subkey")=value;}
 * entries up to {@code DATA=}, then the cells. It counts lines for messages and refuses lines
 * longer than {@link #MAX_LINE} characters, so a broken or hostile file fails with a message
 * instead of exhausting memory.
 */
final class PxScanner {

  /** Longest line accepted, in characters. Real files stay under 300; PX writers wrap lines. */
  static final int MAX_LINE = 1_000_000;

  /** Most header entries accepted (SSB 08811 has about 6,900). */
  static final int MAX_ENTRIES = 1_000_000;

  /** One header entry. */
  record Entry(String keyword, String lang, List<String> subkeys, List<String> values, int line) {

    String first() {
      return values.isEmpty() ? null : values.get(0);
    }

    /** The value as one text: the items joined (a NOTE is one item; a list is rarely meant). */
    String text() {
      return String.join(", ", values);
    }
  }

  /** What {@link #peek} answers past the end: a character no PX construct starts with. */
  static final char END = '\uFFFF';

  private final String fileName;
  private final String s;
  private int pos;
  private int line = 1;
  private int column;

  PxScanner(String fileName, String text) {
    this.fileName = fileName;
    this.s = text;
  }

  int line() {
    return line;
  }

  /** Reads the header entries; on return the scanner stands just after {@code DATA=}. */
  List<Entry> readHeader() throws ImportException {
    List<Entry> entries = new ArrayList<>();
    while (true) {
      skipWhitespace();
      if (eof()) {
        throw new ImportException(
            fileName, "keyword DATA", "the file has no DATA section (it ends after the header)");
      }
      int keywordLine = line;
      String keyword = readKeyword();
      String lang = null;
      if (peek() == '[') {
        next();
        StringBuilder sb = new StringBuilder();
        while (!eof() && peek() != ']') {
          char c = next();
          if (c == '\n' || sb.length() > 20) {
            throw new ImportException(
                fileName, "line " + keywordLine, "keyword " + keyword + " has an unclosed '['");
          }
          sb.append(c);
        }
        if (eof()) {
          throw new ImportException(
              fileName, "line " + keywordLine, "keyword " + keyword + " has an unclosed '['");
        }
        next();
        lang = sb.toString().trim().toLowerCase(Locale.ROOT);
      }
      List<String> subkeys = List.of();
      if (peek() == '(') {
        subkeys = readSubkeys(keyword, keywordLine);
      }
      skipBlanks();
      if (eof() || peek() != '=') {
        throw new ImportException(
            fileName,
            "line " + keywordLine,
            "keyword " + keyword + " is not followed by '=' (found " + describe() + ")");
      }
      next();
      if (keyword.equalsIgnoreCase("DATA") && lang == null) {
        return entries;
      }
      List<String> values = readValue(keyword, keywordLine);
      if (entries.size() >= MAX_ENTRIES) {
        throw new ImportException(
            fileName,
            "line " + keywordLine,
            "the header has more than " + MAX_ENTRIES + " entries; this is not a PX file we read");
      }
      entries.add(new Entry(keyword.toUpperCase(Locale.ROOT), lang, subkeys, values, keywordLine));
    }
  }

  private String readKeyword() throws ImportException {
    int start = pos;
    while (!eof()) {
      char c = peek();
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '$') {
        next();
        if (pos - start > 100) {
          throw new ImportException(fileName, "line " + line, "a keyword longer than 100 letters");
        }
      } else {
        break;
      }
    }
    if (pos == start) {
      throw new ImportException(
          fileName, "line " + line, "expected a keyword, found " + describe());
    }
    return s.substring(start, pos);
  }

  private List<String> readSubkeys(String keyword, int keywordLine) throws ImportException {
    next(); // (
    List<String> subkeys = new ArrayList<>();
    while (true) {
      skipWhitespace();
      if (eof()) {
        throw new ImportException(
            fileName, "line " + keywordLine, "keyword " + keyword + " has an unclosed '('");
      }
      char c = peek();
      if (c == ')') {
        next();
        return List.copyOf(subkeys);
      } else if (c == ',') {
        next();
      } else if (c == '"') {
        subkeys.add(readString());
      } else if (c == ';' || c == '=') {
        throw new ImportException(
            fileName, "line " + keywordLine, "keyword " + keyword + " has an unclosed '('");
      } else {
        subkeys.add(readBare(false));
      }
      if (subkeys.size() > 10_000) {
        throw new ImportException(
            fileName, "line " + keywordLine, "keyword " + keyword + " has too many subkeys");
      }
    }
  }

  /**
   * A value up to its ';': quoted strings (adjacent ones, across lines, are one string), separated
   * by ',' (or ':' in HIERARCHIES); bare items such as 0, YES or TLIST(A1) as written.
   */
  private List<String> readValue(String keyword, int keywordLine) throws ImportException {
    List<String> items = new ArrayList<>();
    while (true) {
      skipWhitespace();
      if (eof()) {
        throw new ImportException(
            fileName,
            "line " + keywordLine,
            "the value of keyword " + keyword + " does not end with ';'");
      }
      char c = peek();
      if (c == ';') {
        next();
        return items;
      } else if (c == ',' || c == ':') {
        next();
      } else if (c == '"') {
        StringBuilder sb = new StringBuilder(readString());
        while (true) {
          int mark = pos;
          int markLine = line;
          int markColumn = column;
          skipWhitespace();
          if (!eof() && peek() == '"') {
            sb.append(readString());
          } else {
            pos = mark;
            line = markLine;
            column = markColumn;
            break;
          }
        }
        items.add(sb.toString());
      } else {
        items.add(readBare(true));
      }
    }
  }

  /** A quoted string; the scanner stands on its opening quote. PX strings have no escapes. */
  String readString() throws ImportException {
    int startLine = line;
    next(); // "
    int start = pos;
    int end = s.indexOf('"', pos);
    if (end < 0) {
      throw new ImportException(
          fileName, "line " + startLine, "a string that starts here is never closed with '\"'");
    }
    while (pos < end) {
      next();
    }
    next(); // "
    return s.substring(start, end);
  }

  /** A bare item; in a header value, parentheses nest (TLIST(A1, "1994"-"1996")). */
  String readBare(boolean parentheses) throws ImportException {
    int start = pos;
    int depth = 0;
    while (!eof()) {
      char c = peek();
      if (parentheses && c == '(') {
        depth++;
      } else if (parentheses && c == ')' && depth > 0) {
        depth--;
      } else if (depth == 0
          && (c == ',' || c == ';' || c == '"' || c == ')' || c == ' ' || c == '\t' || c == '\n'
              || c == '\r')) {
        break;
      } else if (c == ';' || c == '\n') {
        break;
      }
      next();
    }
    if (pos == start) {
      next(); // a lone ')' or similar: consume it so the caller cannot loop
      return s.substring(start, pos);
    }
    return s.substring(start, pos);
  }

  /** Skips spaces, tabs, line ends and commas between cells. */
  void skipCellSeparators() throws ImportException {
    while (!eof()) {
      char c = peek();
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',') {
        next();
      } else {
        return;
      }
    }
  }

  /** A data token: a quoted string or a bare run up to a separator. */
  String readCellToken() throws ImportException {
    int start = pos;
    while (!eof()) {
      char c = peek();
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';' || c == '"') {
        break;
      }
      next();
    }
    return s.substring(start, pos);
  }

  private void skipWhitespace() throws ImportException {
    while (!eof() && Character.isWhitespace(peek())) {
      next();
    }
  }

  private void skipBlanks() throws ImportException {
    while (!eof() && (peek() == ' ' || peek() == '\t')) {
      next();
    }
  }

  /** Whether the text's last character is a line end. */
  boolean endsWithLineEnd() {
    return !s.isEmpty() && (s.charAt(s.length() - 1) == '\n' || s.charAt(s.length() - 1) == '\r');
  }

  boolean eof() {
    return pos >= s.length();
  }

  /** The character at the scanner, or {@link #END} past the end, so no caller reads past it. */
  char peek() {
    return pos < s.length() ? s.charAt(pos) : END;
  }

  /**
   * Consumes one character.
   *
   * @throws ImportException at the end of the file: a construct that was cut off there
   */
  char next() throws ImportException {
    if (pos >= s.length()) {
      throw new ImportException(
          fileName, "line " + line, "the file ends in the middle of an entry (is it cut off?)");
    }
    char c = s.charAt(pos++);
    if (c == '\n') {
      line++;
      column = 0;
    } else if (++column > MAX_LINE) {
      throw new ImportException(
          fileName, "line " + line, "the line is longer than " + MAX_LINE + " characters");
    }
    return c;
  }

  private String describe() {
    if (eof()) {
      return "the end of the file";
    }
    char c = peek();
    if (c == '\n' || c == '\r') {
      return "the end of the line";
    }
    return "'" + c + "'";
  }
}
