package org.barometer.survey.domain.register;

import java.util.EnumMap;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;
import org.barometer.platform.csv.ProblemList;

/**
 * Where each {@link RegisterColumn} sits in a register file, read from its header row.
 *
 * <p>Columns may come in any order and unknown columns are ignored, because municipalities export
 * registers with extra fields (address, contact person) and staff should not have to delete them.
 */
final class RegisterHeader {

  private final Map<RegisterColumn, Integer> positions;
  private final int size;

  private RegisterHeader(Map<RegisterColumn, Integer> positions, int size) {
    this.positions = positions;
    this.size = size;
  }

  /**
   * Reads the header row, reporting each missing or repeated column once.
   *
   * @param row the line number of the header in the file
   * @return the header; check {@link #isComplete()} before reading rows with it
   */
  static RegisterHeader read(long row, CSVRecord record, ProblemList<RowProblem> problems) {
    Map<RegisterColumn, Integer> positions = new EnumMap<>(RegisterColumn.class);
    for (int i = 0; i < record.size(); i++) {
      String cell = record.get(i);
      var column = RegisterColumn.forHeader(cell);
      if (column.isEmpty()) {
        continue;
      }
      Integer earlier = positions.putIfAbsent(column.get(), i);
      if (earlier != null) {
        problems.add(
            RowProblem.at(
                row,
                column.get().canonicalName(),
                cell,
                "the column appears twice in the header, as '"
                    + record.get(earlier).strip()
                    + "' and '"
                    + cell.strip()
                    + "'"));
      }
    }
    for (RegisterColumn column : RegisterColumn.values()) {
      if (!positions.containsKey(column)) {
        problems.add(RowProblem.at(row, column.canonicalName(), "", missingMessage(column)));
      }
    }
    return new RegisterHeader(positions, record.size());
  }

  private static String missingMessage(RegisterColumn column) {
    return "the header has no column '"
        + column.canonicalName()
        + "' (also accepted: "
        + String.join(", ", column.aliases())
        + "); the header row must name the columns org_number, name, email, nace and employees";
  }

  /** Whether every required column was found, so rows can be read. */
  boolean isComplete() {
    return positions.size() == RegisterColumn.values().length;
  }

  /** The number of fields in the header row, which every data row must match. */
  int size() {
    return size;
  }

  /** The value of a column in a data row of matching size. */
  String get(CSVRecord record, RegisterColumn column) {
    return record.get(positions.get(column));
  }
}
