package org.barometer.statistics.application.importer.csv;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.platform.csv.ProblemList;
import org.barometer.statistics.application.importer.Category;
import org.barometer.statistics.application.importer.Unit;

/**
 * The labels, units and decimals of the measures and regions of one file, collected over its rows.
 *
 * <p>In a long file these describe a measure or region, not a row, yet they sit on rows. Staff may
 * give them on any one row and leave them empty elsewhere, so an empty cell adds nothing; two
 * different values for the same measure or region are a contradiction and reported, because either
 * one would be a silent guess. Measures and regions are kept in the order first seen, which is the
 * order of the dataset's categories.
 */
final class Descriptions {

  /** What is known of one measure or region so far. */
  private static final class Described {
    String label;
    String unit;
    Integer decimals;
  }

  private final ProblemList<CsvProblem> problems;
  private final Map<String, Described> measures = new LinkedHashMap<>();
  private final Map<String, Described> regions = new LinkedHashMap<>();

  Descriptions(ProblemList<CsvProblem> problems) {
    this.problems = problems;
  }

  /**
   * Adds what a row says of its measure; empty texts and a null {@code decimals} say nothing.
   *
   * @param line the row's line, for contradictions
   */
  void measure(long line, String code, String label, String unit, Integer decimals) {
    Described m =
        describe(line, measures, LongCsvColumns.MEASURE, code, LongCsvColumns.MEASURE_LABEL, label);
    String owner = "measure '" + code + "'";
    m.unit = agree(line, LongCsvColumns.UNIT, owner, m.unit, unit);
    if (decimals == null) {
      return;
    }
    if (m.decimals != null && !m.decimals.equals(decimals)) {
      problems.add(
          new CsvProblem(
              line,
              LongCsvColumns.DECIMALS,
              owner
                  + " has decimals "
                  + decimals
                  + " here but "
                  + m.decimals
                  + " on an earlier line"));
    } else {
      m.decimals = decimals;
    }
  }

  /** Adds what a row says of its region. */
  void region(long line, String code, String label) {
    describe(line, regions, LongCsvColumns.REGION, code, LongCsvColumns.REGION_LABEL, label);
  }

  /** The measures in the order first seen, labelled by their code when no label was given. */
  List<Category> measureCategories() {
    List<Category> categories = new ArrayList<>();
    measures.forEach(
        (code, d) ->
            categories.add(
                new Category(
                    code,
                    labelOf(code, d),
                    d.unit == null && d.decimals == null ? null : new Unit(d.unit, d.decimals),
                    null)));
    return categories;
  }

  /** The regions in the order first seen, labelled by their code when no label was given. */
  List<Category> regionCategories() {
    List<Category> categories = new ArrayList<>();
    regions.forEach((code, d) -> categories.add(Category.of(code, labelOf(code, d))));
    return categories;
  }

  private static String labelOf(String code, Described d) {
    return d.label == null ? code : d.label;
  }

  private Described describe(
      long line,
      Map<String, Described> categories,
      String what,
      String code,
      String labelColumn,
      String label) {
    Described d = categories.computeIfAbsent(code, c -> new Described());
    d.label = agree(line, labelColumn, what + " '" + code + "'", d.label, label);
    return d;
  }

  /** The known text, or the given one when none is known; a contradiction is a problem. */
  private String agree(long line, String column, String owner, String known, String given) {
    if (given.isEmpty()) {
      return known;
    }
    if (known != null && !known.equals(given)) {
      problems.add(
          new CsvProblem(
              line,
              column,
              owner
                  + " has "
                  + column
                  + " '"
                  + given
                  + "' here but '"
                  + known
                  + "' on an earlier line"));
      return known;
    }
    return given;
  }
}
