package org.barometer.statistics.application.importer.csv;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.barometer.platform.csv.ProblemList;

/**
 * The columns of the long CSV format and where each sits in one file, read from its header row.
 *
 * <p>Unlike the business register, which ignores extra columns, this format refuses unknown and
 * repeated columns: the file is typed by hand, and a misspelt {@code status} or a second {@code
 * value} would otherwise be dropped silently and change the figures.
 */
final class LongCsvColumns {

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

  /** The columns without which no observation can be read. */
  static final List<String> REQUIRED = List.of(MEASURE, REGION, PERIOD, VALUE);

  /** Every column the format has, in the order the documentation lists them. */
  static final List<String> KNOWN =
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

  private final Map<String, Integer> positions;
  private final boolean complete;

  private LongCsvColumns(Map<String, Integer> positions, boolean complete) {
    this.positions = positions;
    this.complete = complete;
  }

  /**
   * Reads the header row, matching names ignoring case and surrounding spaces, and reports each
   * unknown, repeated or missing column.
   *
   * @param line the line of the header in the file
   * @return the columns; check {@link #isComplete()} before reading rows with them
   */
  static LongCsvColumns read(long line, CSVRecord record, ProblemList<CsvProblem> problems) {
    Map<String, Integer> positions = new LinkedHashMap<>();
    for (int i = 0; i < record.size(); i++) {
      String name = record.get(i).strip().toLowerCase(Locale.ROOT);
      if (!KNOWN.contains(name)) {
        problems.add(
            new CsvProblem(
                line,
                name,
                "unknown column '"
                    + record.get(i)
                    + "'; the columns are "
                    + String.join(", ", KNOWN)));
      } else if (positions.putIfAbsent(name, i) != null) {
        problems.add(
            new CsvProblem(line, name, "column '" + name + "' appears twice in the header"));
      }
    }
    boolean complete = true;
    for (String required : REQUIRED) {
      if (!positions.containsKey(required)) {
        complete = false;
        problems.add(
            new CsvProblem(
                line,
                required,
                "the header has no column '"
                    + required
                    + "'; required are "
                    + String.join(", ", REQUIRED)
                    + " (found: "
                    + String.join(", ", record.toList())
                    + ")"));
      }
    }
    return new LongCsvColumns(positions, complete);
  }

  /** Whether every required column was found, so rows can be read. */
  boolean isComplete() {
    return complete;
  }

  /** The number of known columns in the header, which every data row must match. */
  int size() {
    return positions.size();
  }

  /** A column's stripped value in a data row, or empty when the file has no such column. */
  String get(CSVRecord record, String column) {
    Integer i = positions.get(column);
    return i == null ? "" : record.get(i).strip();
  }
}
