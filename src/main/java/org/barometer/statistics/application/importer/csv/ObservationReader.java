package org.barometer.statistics.application.importer.csv;

import static org.barometer.statistics.application.importer.csv.LongCsvColumns.DECIMALS;
import static org.barometer.statistics.application.importer.csv.LongCsvColumns.MEASURE;
import static org.barometer.statistics.application.importer.csv.LongCsvColumns.MEASURE_LABEL;
import static org.barometer.statistics.application.importer.csv.LongCsvColumns.NOTE;
import static org.barometer.statistics.application.importer.csv.LongCsvColumns.PERIOD;
import static org.barometer.statistics.application.importer.csv.LongCsvColumns.REGION;
import static org.barometer.statistics.application.importer.csv.LongCsvColumns.REGION_LABEL;
import static org.barometer.statistics.application.importer.csv.LongCsvColumns.STATUS;
import static org.barometer.statistics.application.importer.csv.LongCsvColumns.UNIT;
import static org.barometer.statistics.application.importer.csv.LongCsvColumns.VALUE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.barometer.platform.csv.CsvTableReader;
import org.barometer.platform.csv.ProblemList;
import org.barometer.shared.Period;

/**
 * Turns the rows of one long CSV file into {@link CsvRow}s, reporting every problem of every row
 * with its line and column.
 *
 * <p>A row is checked whole before it is given up, so that staff see all of its problems at once.
 * One instance reads one file: it remembers the line each (measure, region, period) first appeared
 * on, so that a repeated observation points at its first occurrence, even when the period is spelt
 * differently ({@code 2021K1} and {@code 2021Q1}).
 */
final class ObservationReader implements CsvTableReader.Rows {

  private final int maxRows;
  private final ProblemList<CsvProblem> problems;
  private final Descriptions descriptions;
  private final Map<String, Long> firstLineOf = new HashMap<>();
  private final List<CsvRow> observations = new ArrayList<>();

  private LongCsvColumns columns;
  private char delimiter;
  private int rows;
  private boolean rowIsValid;

  /**
   * @param maxRows the most data rows the file may have
   * @param problems where problems are reported
   */
  ObservationReader(int maxRows, ProblemList<CsvProblem> problems) {
    this.maxRows = maxRows;
    this.problems = problems;
    this.descriptions = new Descriptions(problems);
  }

  @Override
  public boolean header(long line, CSVRecord record, char delimiter) {
    this.delimiter = delimiter;
    columns = LongCsvColumns.read(line, record, problems);
    return columns.isComplete() && !problems.isFull();
  }

  @Override
  public boolean row(long line, CSVRecord record) {
    if (++rows > maxRows) {
      problems.add(
          new CsvProblem(
              line,
              "",
              "the file has more than "
                  + maxRows
                  + " observations, the most that can be imported at once"));
      return false;
    }
    read(line, record);
    return !problems.isFull();
  }

  /** Whether the file had a header row at all. */
  boolean hasHeader() {
    return columns != null;
  }

  /** The observations of the valid rows, in file order. */
  List<CsvRow> observations() {
    return observations;
  }

  /** What the rows said of their measures and regions. */
  Descriptions descriptions() {
    return descriptions;
  }

  private void read(long line, CSVRecord record) {
    if (record.size() != columns.size()) {
      // With fields missing or extra, columns may be shifted; checking them would only add noise.
      problems.add(
          new CsvProblem(
              line,
              "",
              "the row has "
                  + record.size()
                  + " fields but the header has "
                  + columns.size()
                  + " (delimiter '"
                  + delimiter
                  + "')"));
      return;
    }
    rowIsValid = true;
    String measure = required(line, record, MEASURE);
    String region = required(line, record, REGION);
    String periodText = required(line, record, PERIOD);
    Period period = periodText.isEmpty() ? null : parse(line, PERIOD, periodText, Period::parse);
    String valueText = columns.get(record, VALUE);
    String status = columns.get(record, STATUS);
    double value = value(line, valueText, status);
    Integer decimals =
        parse(line, DECIMALS, columns.get(record, DECIMALS), LongCsvValues::decimals);
    if (!rowIsValid || !isFirstOccurrence(line, measure, region, period, periodText)) {
      return;
    }
    descriptions.measure(
        line, measure, columns.get(record, MEASURE_LABEL), columns.get(record, UNIT), decimals);
    descriptions.region(line, region, columns.get(record, REGION_LABEL));
    String note = columns.get(record, NOTE);
    observations.add(
        new CsvRow(
            measure,
            region,
            period,
            value,
            status.isEmpty() ? null : status,
            note.isEmpty() ? null : note));
  }

  /** A required column's value; empty, with a problem, when the row leaves it empty. */
  private String required(long line, CSVRecord record, String column) {
    String text = columns.get(record, column);
    if (text.isEmpty()) {
      problem(line, column, "the " + column + " is empty");
    }
    return text;
  }

  /** A number, or NaN with a status symbol; exactly one of the two must be given. */
  private double value(long line, String valueText, String status) {
    if (!status.isEmpty() && !LongCsvParser.STATUS_SYMBOLS.contains(status)) {
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
      Double number = parse(line, VALUE, valueText, text -> LongCsvValues.number(text, delimiter));
      return number == null ? Double.NaN : number;
    }
    return Double.NaN;
  }

  /** The parsed text, or null with a problem in {@code column} when the parser refuses it. */
  private <T> T parse(long line, String column, String text, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (IllegalArgumentException e) {
      problem(line, column, e.getMessage());
      return null;
    }
  }

  private boolean isFirstOccurrence(
      long line, String measure, String region, Period period, String periodText) {
    String key = measure + '\u0000' + region + '\u0000' + period.code();
    Long first = firstLineOf.putIfAbsent(key, line);
    if (first == null) {
      return true;
    }
    problems.add(
        new CsvProblem(
            line,
            "",
            "measure '"
                + measure
                + "', region '"
                + region
                + "', period '"
                + periodText
                + "' is already given on line "
                + first));
    return false;
  }

  /** Reports a problem that makes the current row unusable. */
  private void problem(long line, String column, String message) {
    rowIsValid = false;
    problems.add(new CsvProblem(line, column, message));
  }
}
