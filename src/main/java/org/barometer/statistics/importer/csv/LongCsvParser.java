package org.barometer.statistics.importer.csv;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.barometer.statistics.domain.Period;
import org.barometer.statistics.importer.Category;
import org.barometer.statistics.importer.Dataset;
import org.barometer.statistics.importer.DatasetParser;
import org.barometer.statistics.importer.Dimension;
import org.barometer.statistics.importer.DimensionRole;
import org.barometer.statistics.importer.ImportException;
import org.barometer.statistics.importer.Unit;

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
 *   <li>Delimiter {@code ,} or {@code ;}, whichever the header line has more of (Excel in Nordic
 *       locales writes {@code ;}). With {@code ;} a value may use a decimal comma ({@code 12,5});
 *       with {@code ,} it may not, since {@code 12,500} could mean twelve thousand five hundred.
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
 * <p>Limits, checked while reading: {@link #DEFAULT_MAX_BYTES} bytes, {@link #DEFAULT_MAX_ROWS}
 * observations, {@link #DEFAULT_MAX_CELLS} cells; reporting stops after {@link
 * #DEFAULT_MAX_PROBLEMS} problems.
 */
public final class LongCsvParser implements DatasetParser {

  /** Far more than a hand-made or exported series needs, small enough to hold in memory. */
  public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

  public static final int DEFAULT_MAX_ROWS = 1_000_000;

  /** As {@link org.barometer.statistics.importer.px.PxParser#MAX_CELLS}. */
  public static final int DEFAULT_MAX_CELLS = 5_000_000;

  /** Enough to show a pattern; a file with more is probably the wrong file. */
  public static final int DEFAULT_MAX_PROBLEMS = 20;

  /** The status symbols of the offices' tables. */
  public static final Set<String> STATUS_SYMBOLS = Set.of("..", ".", ":", "-");

  static final String MEASURE = "measure";
  static final String REGION = "region";
  static final String PERIOD = "period";
  static final String VALUE = "value";
  static final String STATUS = "status";
  static final String MEASURE_LABEL = "measure_label";
  static final String REGION_LABEL = "region_label";
  static final String UNIT = "unit";
  static final String DECIMALS = "decimals";
  static final String NOTE = "note";

  private static final List<String> REQUIRED = List.of(MEASURE, REGION, PERIOD, VALUE);
  private static final List<String> KNOWN =
      List.of(
          MEASURE,
          REGION,
          PERIOD,
          VALUE,
          STATUS,
          MEASURE_LABEL,
          REGION_LABEL,
          UNIT,
          DECIMALS,
          NOTE);

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final int MAX_DECIMALS = 15;
  private static final int HEADER_LOOKAHEAD = 64 * 1024;
  private static final char BYTE_ORDER_MARK = '\uFEFF';

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
    Reading reading = new Reading(fileName);
    reading.read(in);
    return List.of(reading.build());
  }

  /** A measure's descriptive fields, collected over its rows. */
  private static final class Described {
    String label;
    String unit;
    Integer decimals;
  }

  private record Observation(
      String measure, String region, Period period, double value, String status, String note) {}

  /** The state of reading one file. */
  private final class Reading {

    private final String fileName;
    private final List<CsvProblem> problems = new ArrayList<>();
    private boolean full;

    private final Map<String, Described> measures = new LinkedHashMap<>();
    private final Map<String, Described> regions = new LinkedHashMap<>();
    private final Set<Period> periods = new TreeSet<>();
    private final Map<String, Long> seen = new HashMap<>();
    private final List<Observation> observations = new ArrayList<>();

    private Map<String, Integer> columns;
    private char delimiter;

    Reading(String fileName) {
      this.fileName = fileName;
    }

    void problem(long line, String column, String message) {
      if (full) {
        return;
      }
      if (problems.size() < maxProblems) {
        problems.add(new CsvProblem(line, column, message));
      } else {
        full = true;
        problems.add(
            new CsvProblem(
                line,
                "",
                "more than "
                    + maxProblems
                    + " problems; the rest of the file was not checked. Is this the right file?"));
      }
    }

    void read(InputStream in) throws ImportException {
      var decoder =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT);
      long line = 1;
      try {
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(new BoundedStream(in, maxBytes), decoder));
        skipByteOrderMark(reader);
        delimiter = detectDelimiter(firstNonBlankLine(reader));
        CSVParser parser = format(delimiter).parse(reader);
        Iterator<CSVRecord> records = parser.iterator();
        int rows = 0;
        while (!full) {
          // A record starts on the line after the previous one ended; blank lines are records.
          line = parser.getCurrentLineNumber() + 1;
          if (!records.hasNext()) {
            break;
          }
          CSVRecord record = records.next();
          if (isBlank(record)) {
            continue;
          }
          if (columns == null) {
            if (!header(line, record)) {
              break;
            }
            continue;
          }
          if (++rows > maxRows) {
            problem(
                line,
                "",
                "the file has more than "
                    + maxRows
                    + " observations, the most that can be imported at once");
            break;
          }
          row(line, record);
        }
        if (columns == null && problems.isEmpty()) {
          problem(1, "", "the file is empty: expected a header row " + String.join(",", REQUIRED));
        } else if (problems.isEmpty() && observations.isEmpty()) {
          problem(line, "", "the file has a header but no observations");
        }
      } catch (IOException e) {
        unreadable(e, line);
      } catch (UncheckedIOException e) {
        unreadable(e.getCause(), line);
      }
      if (!problems.isEmpty()) {
        throw new CsvRejectedException(fileName, problems);
      }
    }

    /** Reads the header; false when it lacks a required column, so rows cannot be read. */
    private boolean header(long line, CSVRecord record) {
      columns = new LinkedHashMap<>();
      for (int i = 0; i < record.size(); i++) {
        String name = record.get(i).strip().toLowerCase(Locale.ROOT);
        if (!KNOWN.contains(name)) {
          problem(
              line,
              name,
              "unknown column '"
                  + record.get(i)
                  + "'; the columns are "
                  + String.join(", ", KNOWN));
        } else if (columns.putIfAbsent(name, i) != null) {
          problem(line, name, "column '" + name + "' appears twice in the header");
        }
      }
      boolean complete = true;
      for (String required : REQUIRED) {
        if (!columns.containsKey(required)) {
          complete = false;
          problem(
              line,
              required,
              "the header has no column '"
                  + required
                  + "'; required are "
                  + String.join(", ", REQUIRED)
                  + " (found: "
                  + String.join(", ", record.toList())
                  + ")");
        }
      }
      return complete;
    }

    private String field(CSVRecord record, String column) {
      Integer i = columns.get(column);
      return i == null ? "" : record.get(i).strip();
    }

    private void row(long line, CSVRecord record) {
      if (record.size() != columns.size()) {
        problem(
            line,
            "",
            "the row has "
                + record.size()
                + " fields but the header has "
                + columns.size()
                + " (delimiter '"
                + delimiter
                + "')");
        return;
      }
      int before = problems.size();
      String measure = field(record, MEASURE);
      String region = field(record, REGION);
      String periodText = field(record, PERIOD);
      String valueText = field(record, VALUE);
      String status = field(record, STATUS);
      if (measure.isEmpty()) {
        problem(line, MEASURE, "the measure is empty");
      }
      if (region.isEmpty()) {
        problem(line, REGION, "the region is empty");
      }
      Period period = null;
      if (periodText.isEmpty()) {
        problem(line, PERIOD, "the period is empty");
      } else {
        try {
          period = Period.parse(periodText);
        } catch (IllegalArgumentException e) {
          problem(line, PERIOD, e.getMessage());
        }
      }
      double value = Double.NaN;
      if (!status.isEmpty() && !STATUS_SYMBOLS.contains(status)) {
        problem(
            line,
            STATUS,
            "unknown status symbol '"
                + status
                + "'; the symbols are .. (missing), . (not"
                + " applicable), : (confidential) and - (nil)");
      } else if (!valueText.isEmpty() && !status.isEmpty()) {
        problem(
            line,
            VALUE,
            "both a value '"
                + valueText
                + "' and a status '"
                + status
                + "' are given; give a number or, when there is none, a status");
      } else if (valueText.isEmpty() && status.isEmpty()) {
        problem(
            line,
            VALUE,
            "the value is empty; give a number, or a status symbol (.., ., :, -) in the status"
                + " column");
      } else if (!valueText.isEmpty()) {
        value = number(line, valueText);
      }
      Integer decimals = decimals(line, field(record, DECIMALS));
      if (problems.size() > before) {
        return;
      }
      String key = measure + '\u0000' + region + '\u0000' + period.code();
      Long first = seen.putIfAbsent(key, line);
      if (first != null) {
        problem(
            line,
            "",
            "measure '"
                + measure
                + "', region '"
                + region
                + "', period '"
                + periodText
                + "' is already given on line "
                + first);
        return;
      }
      describe(line, measures, "measure", measure, MEASURE_LABEL, field(record, MEASURE_LABEL));
      Described m = measures.get(measure);
      m.unit = agree(line, UNIT, "measure '" + measure + "'", m.unit, field(record, UNIT));
      if (decimals != null) {
        if (m.decimals != null && !m.decimals.equals(decimals)) {
          problem(
              line,
              DECIMALS,
              "measure '"
                  + measure
                  + "' has decimals "
                  + decimals
                  + " here but "
                  + m.decimals
                  + " on an earlier line");
        } else {
          m.decimals = decimals;
        }
      }
      describe(line, regions, "region", region, REGION_LABEL, field(record, REGION_LABEL));
      periods.add(period);
      String note = field(record, NOTE);
      observations.add(
          new Observation(
              measure,
              region,
              period,
              value,
              status.isEmpty() ? null : status,
              note.isEmpty() ? null : note));
    }

    private void describe(
        long line,
        Map<String, Described> categories,
        String what,
        String code,
        String labelColumn,
        String label) {
      Described d = categories.computeIfAbsent(code, c -> new Described());
      d.label = agree(line, labelColumn, what + " '" + code + "'", d.label, label);
    }

    /** The known text, or the given one when none is known; a contradiction is a problem. */
    private String agree(long line, String column, String owner, String known, String given) {
      if (given.isEmpty()) {
        return known;
      }
      if (known != null && !known.equals(given)) {
        problem(
            line,
            column,
            owner
                + " has "
                + column
                + " '"
                + given
                + "' here but '"
                + known
                + "' on an earlier line");
        return known;
      }
      return given;
    }

    private double number(long line, String text) {
      String plain = text;
      if (delimiter == ';' && text.indexOf('.') < 0) {
        plain = text.replace(',', '.');
      }
      if (!NUMBER.matcher(plain).matches()) {
        String hint =
            text.indexOf(',') >= 0 && delimiter == ','
                ? "; with ',' between columns, write decimals with a point (12.5)"
                : "";
        problem(line, VALUE, "'" + text + "' is not a number" + hint);
        return Double.NaN;
      }
      return Double.parseDouble(plain);
    }

    private Integer decimals(long line, String text) {
      if (text.isEmpty()) {
        return null;
      }
      if (text.matches("\\d{1,2}") && Integer.parseInt(text) <= MAX_DECIMALS) {
        return Integer.parseInt(text);
      }
      problem(
          line,
          DECIMALS,
          "decimals '" + text + "' is not a whole number from 0 to " + MAX_DECIMALS);
      return null;
    }

    /**
     * Turns a failure caused by the file's content (too large, not UTF-8, an unclosed quote) into a
     * problem; any other failure is reported as the file being unreadable.
     */
    private void unreadable(Throwable failure, long line) {
      for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
        if (cause instanceof BoundedStream.TooLargeException) {
          problem(
              line,
              "",
              "the file is larger than "
                  + maxBytes
                  + " bytes, the most that can be imported at once; split it");
          return;
        }
        if (cause instanceof CharacterCodingException) {
          problem(line, "", "the file is not UTF-8 text; in Excel, save it as \"CSV UTF-8\"");
          return;
        }
        if (cause instanceof CSVException) {
          problem(
              line,
              "",
              "the file is not valid CSV ("
                  + cause.getMessage()
                  + "); check for a double quote that is not closed");
          return;
        }
      }
      problem(line, "", "the file could not be read: " + failure.getMessage());
    }

    Dataset build() throws ImportException {
      long cells = (long) measures.size() * regions.size() * periods.size();
      if (cells > maxCells) {
        throw new CsvRejectedException(
            fileName,
            List.of(
                new CsvProblem(
                    0,
                    "",
                    "the table would have "
                        + measures.size()
                        + " measures × "
                        + regions.size()
                        + " regions × "
                        + periods.size()
                        + " periods = "
                        + cells
                        + " cells, more than the "
                        + maxCells
                        + " that can be imported at once; split the file")));
      }
      List<Category> measureCategories = new ArrayList<>();
      measures.forEach(
          (code, d) ->
              measureCategories.add(
                  new Category(
                      code,
                      d.label == null ? code : d.label,
                      d.unit == null && d.decimals == null ? null : new Unit(d.unit, d.decimals),
                      null)));
      List<Category> regionCategories = new ArrayList<>();
      regions.forEach(
          (code, d) -> regionCategories.add(Category.of(code, d.label == null ? code : d.label)));
      List<Category> periodCategories =
          periods.stream().map(p -> Category.of(p.code(), p.code())).toList();
      List<Dimension> dimensions =
          List.of(
              new Dimension(MEASURE, "Measure", DimensionRole.METRIC, measureCategories),
              new Dimension(REGION, "Region", DimensionRole.GEO, regionCategories),
              new Dimension(PERIOD, "Period", DimensionRole.TIME, periodCategories));
      double[] values = new double[(int) cells];
      Arrays.fill(values, Double.NaN);
      String[] status = new String[(int) cells];
      Map<String, Integer> measureIndex = positions(measures.keySet());
      Map<String, Integer> regionIndex = positions(regions.keySet());
      Map<Period, Integer> periodIndex = positions(periods);
      Map<Integer, String> cellNotes = new HashMap<>();
      for (Observation o : observations) {
        int cell =
            (measureIndex.get(o.measure()) * regions.size() + regionIndex.get(o.region()))
                    * periods.size()
                + periodIndex.get(o.period());
        values[cell] = o.value();
        status[cell] = o.status();
        if (o.note() != null) {
          cellNotes.put(cell, o.note());
        }
      }
      return new Dataset(
          "CSV",
          null,
          fileName,
          null,
          null,
          null,
          dimensions,
          values,
          status,
          cellNotes,
          List.of());
    }
  }

  private static <T> Map<T, Integer> positions(Iterable<T> keys) {
    Map<T, Integer> positions = new HashMap<>();
    for (T key : keys) {
      positions.put(key, positions.size());
    }
    return positions;
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

  /** The delimiter the header line uses more of; header names contain neither. */
  static char detectDelimiter(String headerLine) {
    long semicolons = headerLine.chars().filter(c -> c == ';').count();
    long commas = headerLine.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
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

  /** An input stream that fails once more than a set number of bytes has been read. */
  private static final class BoundedStream extends FilterInputStream {

    /** The bound was exceeded: the file's fault, not an input failure. */
    static final class TooLargeException extends IOException {
      private static final long serialVersionUID = 1L;

      TooLargeException(long maxBytes) {
        super("more than " + maxBytes + " bytes");
      }
    }

    private final long maxBytes;
    private long read;

    BoundedStream(InputStream in, long maxBytes) {
      super(in);
      this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count(skipped);
      return skipped;
    }

    private void count(long n) throws TooLargeException {
      read += n;
      if (read > maxBytes) {
        throw new TooLargeException(maxBytes);
      }
    }
  }
}
