package org.barometer.survey.domain.register;

import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVRecord;
import org.barometer.platform.csv.BoundedReader;
import org.barometer.platform.csv.CsvTableReader;
import org.barometer.platform.csv.ProblemList;
import org.barometer.platform.csv.UnreadableCsvException;

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
    return read(fileName, CsvTableReader.strictUtf8(in));
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
    ProblemList<RowProblem> problems =
        new ProblemList<>(maxProblems, (last, note) -> new RowProblem(last.row(), "", "", note));
    Rows rows = new Rows(problems);
    try {
      CsvTableReader.read(reader, maxCharacters, BoundedReader.Unit.CHARACTERS, rows);
      if (rows.header == null) {
        problems.add(
            RowProblem.at(
                1,
                "",
                "",
                "the file is empty: expected a header row naming the columns org_number, name,"
                    + " email, nace and employees"));
      }
    } catch (UnreadableCsvException e) {
      problems.add(RowProblem.at(e.line(), "", "", unreadableMessage(e)));
    }
    if (!problems.isEmpty()) {
      throw new RegisterRejectedException(fileName, problems.asList());
    }
    return List.copyOf(rows.entries);
  }

  /** The header, then one business per row, until the row limit or the problem limit. */
  private final class Rows implements CsvTableReader.Rows {

    private final ProblemList<RowProblem> problems;
    private final List<RegisterEntry> entries = new ArrayList<>();
    private RegisterHeader header;
    private RegisterRowParser parser;
    private int dataRows;

    Rows(ProblemList<RowProblem> problems) {
      this.problems = problems;
    }

    @Override
    public boolean header(long line, CSVRecord record, char delimiter) {
      header = RegisterHeader.read(line, record, problems);
      parser = new RegisterRowParser(header, problems);
      return header.isComplete();
    }

    @Override
    public boolean row(long line, CSVRecord record) {
      if (++dataRows > maxRows) {
        problems.add(
            RowProblem.at(
                line,
                "",
                "",
                "the file has more than "
                    + maxRows
                    + " businesses, the most that can be uploaded at once"));
        return false;
      }
      parser.parse(line, record).ifPresent(entries::add);
      return !problems.isFull();
    }
  }

  /**
   * Words a failure caused by the file's content as a problem; other failures (a broken connection,
   * a full disk) are not the file's fault and are rethrown.
   */
  private static String unreadableMessage(UnreadableCsvException e) {
    return switch (e.reason()) {
      case TOO_LARGE ->
          "the file is too large ("
              + e.getMessage()
              + "); upload only the columns org_number, name, email, nace and employees";
      case NOT_UTF8, NOT_CSV -> e.getMessage();
      case INPUT_FAILED -> throw new UncheckedIOException(e.getCause());
    };
  }
}
