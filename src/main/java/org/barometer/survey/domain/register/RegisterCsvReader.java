package org.barometer.survey.domain.register;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads and validates a municipality's business register uploaded as CSV, all or nothing.
 *
 * <p>A file with any problem is refused whole with every problem listed, because a partly imported
 * register would invite some businesses and silently leave out others.
 *
 * <h2>Format</h2>
 *
 * <ul>
 *   <li>A header row naming the columns, in any order. Canonical names: {@code org_number}, {@code
 *       name}, {@code email}, {@code nace}, {@code employees}. Accepted aliases, matched ignoring
 *       case and surrounding spaces: {@code orgnr}, {@code organisasjonsnummer}, {@code
 *       organisationsnummer}; {@code navn}, {@code namn}; {@code e-post}, {@code epost}; {@code
 *       naering}, {@code næringskode}, {@code sni}; {@code ansatte}, {@code anstallda}, {@code
 *       anställda} (see {@link RegisterColumn}). Other columns are ignored.
 *   <li>Fields separated by {@code ,} or {@code ;}, detected from the header line (Excel in Nordic
 *       locales writes {@code ;}); double quotes around fields that contain the delimiter.
 *   <li>UTF-8, with or without a byte-order mark. Blank lines, and lines with only empty fields,
 *       are skipped.
 *   <li>One business per row: organisation number ({@link OrgNumber}), name (1–200 characters),
 *       e-mail address, NACE code ({@link NaceCode}) and number of employees (a whole number, 0 or
 *       more). Each organisation number at most once.
 * </ul>
 *
 * <p>Rows are numbered as lines of the file, the header being row 1, so staff find them in a text
 * editor or spreadsheet. A file of more than {@value #DEFAULT_MAX_ROWS} businesses or {@value
 * #DEFAULT_MAX_CHARACTERS} characters is refused rather than read to the end, and reporting stops
 * after {@value #DEFAULT_MAX_PROBLEMS} problems.
 */
public final class RegisterCsvReader {

  /** Far above the number of businesses in any Nordic municipality (Oslo has about 90,000). */
  public static final int DEFAULT_MAX_ROWS = 100_000;

  /** About 20 MB: room for the maximum number of rows with generous extra columns. */
  public static final long DEFAULT_MAX_CHARACTERS = 20_000_000;

  /** Enough to show a pattern; a file with more is almost certainly the wrong file. */
  public static final int DEFAULT_MAX_PROBLEMS = 1_000;

  /** How far ahead the header line is looked for when detecting the delimiter. */
  private static final int HEADER_LOOKAHEAD = 64 * 1024;

  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private final int maxRows;
  private final long maxCharacters;
  private final int maxProblems;

  /** A reader with the default limits. */
  public RegisterCsvReader() {
    this(DEFAULT_MAX_ROWS, DEFAULT_MAX_CHARACTERS, DEFAULT_MAX_PROBLEMS);
  }

  /**
   * A reader with other limits, for tests and for deployments with unusual registers.
   *
   * @param maxRows the most data rows (businesses) a file may have
   * @param maxCharacters the most characters a file may have
   * @param maxProblems the number of problems after which checking stops
   */
  public RegisterCsvReader(int maxRows, long maxCharacters, int maxProblems) {
    if (maxRows < 1 || maxCharacters < 1 || maxProblems < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    this.maxRows = maxRows;
    this.maxCharacters = maxCharacters;
    this.maxProblems = maxProblems;
  }

  /**
   * Reads a register from uploaded bytes, which must be UTF-8.
   *
   * <p>Decoding is strict: a file saved as Windows-1252 (Excel's plain "CSV" on older Windows) is
   * refused with advice, instead of importing names like "Bod�".
   *
   * @param fileName the uploaded file's name, used in the problem report
   * @param in the file's bytes; not closed
   * @return the businesses, in file order; empty if the file has only a header
   * @throws RegisterRejectedException if the file has any problem
   * @throws UncheckedIOException if reading fails for reasons other than the file's content
   */
  public List<RegisterEntry> read(String fileName, InputStream in)
      throws RegisterRejectedException {
    var decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    return read(fileName, new InputStreamReader(in, decoder));
  }

  /**
   * Reads a register from text.
   *
   * @param fileName the uploaded file's name, used in the problem report
   * @param reader the file's text; not closed
   * @return the businesses, in file order; empty if the file has only a header
   * @throws RegisterRejectedException if the file has any problem
   * @throws UncheckedIOException if reading fails for reasons other than the file's content
   */
  public List<RegisterEntry> read(String fileName, Reader reader) throws RegisterRejectedException {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(reader, "reader");
    ProblemList problems = new ProblemList(maxProblems);
    List<RegisterEntry> entries = new ArrayList<>();
    long line = 1;
    try {
      BufferedReader in = new BufferedReader(new BoundedReader(reader, maxCharacters));
      skipByteOrderMark(in);
      char delimiter = DelimiterDetector.detect(firstNonBlankLine(in));
      CSVParser parser = format(delimiter).parse(in);
      Iterator<CSVRecord> records = parser.iterator();
      RegisterHeader header = null;
      RegisterRowParser rows = null;
      int dataRows = 0;
      while (true) {
        // Each record starts on the line after the previous one ended; blank lines are records.
        line = parser.getCurrentLineNumber() + 1;
        if (!records.hasNext()) {
          break;
        }
        CSVRecord record = records.next();
        if (isBlank(record)) {
          continue;
        }
        if (header == null) {
          header = RegisterHeader.read(line, record, problems);
          if (!header.isComplete()) {
            break;
          }
          rows = new RegisterRowParser(header, problems);
          continue;
        }
        if (++dataRows > maxRows) {
          problems.add(
              line,
              "",
              "",
              "the file has more than "
                  + maxRows
                  + " businesses, the most that can be uploaded at once");
          break;
        }
        rows.parse(line, record).ifPresent(entries::add);
        if (problems.isFull()) {
          break;
        }
      }
      if (header == null) {
        problems.add(
            1,
            "",
            "",
            "the file is empty: expected a header row naming the columns org_number, name, email,"
                + " nace and employees");
      }
    } catch (IOException e) {
      reportUnreadable(e, line, problems);
    } catch (UncheckedIOException e) {
      reportUnreadable(e.getCause(), line, problems);
    }
    if (!problems.isEmpty()) {
      throw new RegisterRejectedException(fileName, problems.asList());
    }
    return List.copyOf(entries);
  }

  private static CSVFormat format(char delimiter) {
    return CSVFormat.DEFAULT
        .builder()
        .setDelimiter(delimiter)
        .setQuote('"')
        .setIgnoreEmptyLines(false)
        .setIgnoreSurroundingSpaces(true)
        .setTrim(true)
        .build();
  }

  private static void skipByteOrderMark(BufferedReader in) throws IOException {
    in.mark(1);
    if (in.read() != BYTE_ORDER_MARK) {
      in.reset();
    }
  }

  /** The first line with content, read ahead without consuming it. */
  private static String firstNonBlankLine(BufferedReader in) throws IOException {
    in.mark(HEADER_LOOKAHEAD);
    StringBuilder current = new StringBuilder();
    try {
      for (int i = 0; i < HEADER_LOOKAHEAD; i++) {
        int c = in.read();
        if (c < 0) {
          break;
        }
        if (c == '\n' || c == '\r') {
          if (!current.toString().isBlank()) {
            break;
          }
          current.setLength(0);
        } else {
          current.append((char) c);
        }
      }
      return current.toString();
    } finally {
      in.reset();
    }
  }

  private static boolean isBlank(CSVRecord record) {
    for (String value : record) {
      if (!value.isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Turns a failure caused by the file's content into a problem; other failures (a broken
   * connection, a full disk) are not the file's fault and are rethrown.
   */
  private static void reportUnreadable(Throwable failure, long line, ProblemList problems) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BoundedReader.TooLargeException) {
        problems.add(
            line,
            "",
            "",
            "the file is too large ("
                + cause.getMessage()
                + "); upload only the columns org_number, name, email, nace and employees");
        return;
      }
      if (cause instanceof CharacterCodingException) {
        problems.add(
            line, "", "", "the file is not UTF-8 text; in Excel, save it as \"CSV UTF-8\"");
        return;
      }
      if (cause instanceof CSVException) {
        problems.add(
            line,
            "",
            "",
            "the file is not valid CSV ("
                + cause.getMessage()
                + "); check for a double quote that is not closed");
        return;
      }
    }
    throw failure instanceof IOException io
        ? new UncheckedIOException(io)
        : new UncheckedIOException(new IOException(failure));
  }
}
