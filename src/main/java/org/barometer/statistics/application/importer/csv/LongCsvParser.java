package org.barometer.statistics.application.importer.csv;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.barometer.platform.csv.BoundedReader;
import org.barometer.platform.csv.CsvTableReader;
import org.barometer.platform.csv.ProblemList;
import org.barometer.platform.csv.UnreadableCsvException;
import org.barometer.shared.Period;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.DatasetParser;
import org.barometer.statistics.application.importer.ImportException;

/**
 * Reads the documented long CSV format (one observation per row; see {@code
 * docs/statistics-csv.md}) into one {@link Dataset}, all or nothing.
 *
 * <p>The format exists for figures no office publishes through PxWeb (Kolada exports, a regional
 * partner's spreadsheet, the municipality's own counts), so it is written by hand or from Excel.
 * That is why every problem is reported at once, each with its line and column, and why the file is
 * refused whole: a half-imported series would score a goal on the rows that happened to be right.
 *
 * <ul>
 *   <li>UTF-8, with or without a byte-order mark; decoding is strict.
 *   <li>A header row; columns in any order, names ignoring case and surrounding spaces. Required:
 *       {@code measure}, {@code region}, {@code period}, {@code value}. Optional: {@code status},
 *       {@code measure_label}, {@code region_label}, {@code unit}, {@code decimals}, {@code note}.
 *       Unknown and repeated columns are refused: a misspelt {@code status} would otherwise be
 *       dropped silently.
 *   <li>Delimiter {@code ,} or {@code ;}, whichever the header line has more of outside quotes
 *       (Excel in Nordic locales writes {@code ;}). With {@code ;} a value may use a decimal comma
 *       ({@code 12,5}); with {@code ,} it may not, since {@code 12,500} could mean twelve thousand
 *       five hundred.
 *   <li>A value is a number, or empty with a status symbol {@code ..} (missing), {@code .} (not
 *       applicable), {@code :} (confidential) or {@code -} (nil); such a cell is NaN with that
 *       status, as in the JSON-stat and PX import. Not both.
 *   <li>Periods are read by {@link Period#parse} and stored by their canonical code, so {@code
 *       2021K1} and {@code 2021Q1} are the same period. Regions and measures stay as written.
 *   <li>Labels, unit and decimals belong to a measure or region: they may be given on any of its
 *       rows (empty elsewhere), but must not contradict each other. A note belongs to its cell.
 *   <li>Each (measure, region, period) at most once. Blank lines are skipped.
 * </ul>
 *
 * <p>The dataset (format "CSV", titled by the file name) has three dimensions: {@code measure}
 * (METRIC), {@code region} (GEO), {@code period} (TIME); categories in the order first seen,
 * periods in {@link Period} order. Combinations the file does not give are missing cells (NaN, no
 * status).
 *
 * <p>The work is split by job: {@link CsvTableReader} reads the text (shared with the business
 * register), {@link LongCsvColumns} maps the header, {@link ObservationReader} checks each row,
 * {@link Descriptions} collects labels and units, and {@link CsvDatasetAssembler} lays out the
 * cells.
 *
 * <p>Limits, checked while reading: {@link #DEFAULT_MAX_BYTES} bytes, {@link #DEFAULT_MAX_ROWS}
 * observations, {@link #DEFAULT_MAX_CELLS} cells; reporting stops after {@link
 * #DEFAULT_MAX_PROBLEMS} problems.
 */
public final class LongCsvParser implements DatasetParser {

  /** Far more than a hand-made or exported series needs, small enough to hold in memory. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  public static final int DEFAULT_MAX_ROWS = 1_000_000;

  /** As {@link org.barometer.statistics.application.importer.px.PxParser#MAX_CELLS}. */
  public static final int DEFAULT_MAX_CELLS = 5_000_000;

  /** Enough to show a pattern; a file with more is probably the wrong file. */
  public static final int DEFAULT_MAX_PROBLEMS = 20;

  /** The status symbols of the offices' tables. */
  public static final Set<String> STATUS_SYMBOLS = Set.of("..", ".", ":", "-");

  private final long maxBytes;
  private final int maxRows;
  private final int maxCells;
  private final int maxProblems;

  public LongCsvParser() {
    this(DEFAULT_MAX_BYTES, DEFAULT_MAX_ROWS, DEFAULT_MAX_CELLS, DEFAULT_MAX_PROBLEMS);
  }

  /**
   * A parser with other limits, for tests and unusual deployments.
   *
   * @param maxBytes the largest file, in bytes
   * @param maxRows the most observations (data rows)
   * @param maxCells the most cells (measures × regions × periods)
   * @param maxProblems the number of problems after which checking stops
   */
  public LongCsvParser(long maxBytes, int maxRows, int maxCells, int maxProblems) {
    if (maxBytes < 1 || maxRows < 1 || maxCells < 1 || maxProblems < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
    this.maxBytes = maxBytes;
    this.maxRows = maxRows;
    this.maxCells = maxCells;
    this.maxProblems = maxProblems;
  }

  /**
   * @param language ignored: the file has one label per category
   * @throws CsvRejectedException listing every problem (up to the limit)
   */
  @Override
  public List<Dataset> parse(String fileName, InputStream in, String language)
      throws ImportException {
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(in, "in");
    ProblemList<CsvProblem> problems =
        new ProblemList<>(maxProblems, (last, note) -> new CsvProblem(last.line(), "", note));
    ObservationReader rows = new ObservationReader(maxRows, problems);
    try {
      long end =
          CsvTableReader.read(
              CsvTableReader.strictUtf8(in), maxBytes, BoundedReader.Unit.UTF8_BYTES, rows);
      if (!rows.hasHeader()) {
        problems.add(
            new CsvProblem(
                1,
                "",
                "the file is empty: expected a header row "
                    + String.join(",", LongCsvColumns.REQUIRED)));
      } else if (problems.isEmpty() && rows.observations().isEmpty()) {
        problems.add(new CsvProblem(end, "", "the file has a header but no observations"));
      }
    } catch (UnreadableCsvException e) {
      problems.add(new CsvProblem(e.line(), "", unreadableMessage(e)));
    }
    if (!problems.isEmpty()) {
      throw new CsvRejectedException(fileName, problems.asList());
    }
    Descriptions descriptions = rows.descriptions();
    return List.of(
        CsvDatasetAssembler.assemble(
            fileName,
            descriptions.measureCategories(),
            descriptions.regionCategories(),
            rows.observations(),
            maxCells));
  }

  /** Every failure becomes a problem: an import is refused, never left half done by an error. */
  private String unreadableMessage(UnreadableCsvException e) {
    return switch (e.reason()) {
      case TOO_LARGE ->
          "the file is larger than "
              + maxBytes
              + " bytes, the most that can be imported at once; split it";
      case NOT_UTF8, NOT_CSV -> e.getMessage();
      case INPUT_FAILED -> "the file could not be read: " + e.getMessage();
    };
  }
}
