package org.barometer.survey.domain.register;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVRecord;
import org.barometer.platform.csv.ProblemList;

/**
 * Turns the data rows of one register file into entries, reporting every problem of every row.
 *
 * <p>One instance reads one file: it remembers the row each organisation number first appeared in,
 * so that a repeated business is reported with a pointer to its first occurrence.
 */
final class RegisterRowParser {

  private final RegisterHeader header;
  private final ProblemList<RowProblem> problems;
  private final Map<OrgNumber, Long> firstRowOf = new HashMap<>();

  RegisterRowParser(RegisterHeader header, ProblemList<RowProblem> problems) {
    this.header = header;
    this.problems = problems;
  }

  /**
   * Parses one data row.
   *
   * @param row the line number the row starts on
   * @return the entry, or empty if the row has problems (which have been recorded)
   */
  Optional<RegisterEntry> parse(long row, CSVRecord record) {
    if (!hasHeaderSize(record)) {
      // With fields missing or extra, columns may be shifted; checking them would only add noise.
      problems.add(
          RowProblem.at(
              row,
              "",
              "",
              "expected "
                  + header.size()
                  + " fields as in the header, found "
                  + record.size()
                  + "; a value containing the delimiter must be in double quotes"));
      return Optional.empty();
    }
    OrgNumber orgNumber = field(row, record, RegisterColumn.ORG_NUMBER, OrgNumber::parse);
    String name = field(row, record, RegisterColumn.NAME, FieldRules::name);
    String email = field(row, record, RegisterColumn.EMAIL, FieldRules::email);
    NaceCode nace = field(row, record, RegisterColumn.NACE, NaceCode::parse);
    Integer employees = field(row, record, RegisterColumn.EMPLOYEES, FieldRules::employees);
    boolean unique = orgNumber == null || isFirstOccurrence(row, record, orgNumber);
    if (orgNumber == null
        || name == null
        || email == null
        || nace == null
        || employees == null
        || !unique) {
      return Optional.empty();
    }
    return Optional.of(new RegisterEntry(orgNumber, name, email, nace, employees));
  }

  /** Extra trailing fields are tolerated if empty, as spreadsheets add them for stray cells. */
  private boolean hasHeaderSize(CSVRecord record) {
    if (record.size() < header.size()) {
      return false;
    }
    for (int i = header.size(); i < record.size(); i++) {
      if (!record.get(i).isBlank()) {
        return false;
      }
    }
    return true;
  }

  private <T> T field(
      long row, CSVRecord record, RegisterColumn column, Function<String, T> parser) {
    String raw = header.get(record, column);
    try {
      return parser.apply(raw);
    } catch (IllegalArgumentException e) {
      problems.add(RowProblem.at(row, column.canonicalName(), raw, e.getMessage()));
      return null;
    }
  }

  private boolean isFirstOccurrence(long row, CSVRecord record, OrgNumber orgNumber) {
    Long first = firstRowOf.putIfAbsent(orgNumber, row);
    if (first == null) {
      return true;
    }
    problems.add(
        RowProblem.at(
            row,
            RegisterColumn.ORG_NUMBER.canonicalName(),
            header.get(record, RegisterColumn.ORG_NUMBER),
            "duplicate of row " + first));
    return false;
  }
}
