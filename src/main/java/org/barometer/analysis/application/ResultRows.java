package org.barometer.analysis.application;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.barometer.analysis.domain.StratifiedEstimate;
import org.barometer.analysis.domain.Summary;
import org.barometer.platform.i18n.Language;

/**
 * A cycle's results as one table, the same for the CSV file and the Excel workbook: a row per item
 * and group (and per option of a choice question). Suppressed groups keep their row, marked, with
 * every figure empty. Cells are {@code String}, {@code Long} or {@code Double}, or null for empty.
 */
final class ResultRows {

  static final List<String> HEADER =
      List.of(
          "item",
          "text",
          "kind",
          "breakdown",
          "group",
          "visibility",
          "n",
          "dont_know",
          "mean",
          "sd",
          "se",
          "ci95_lower",
          "ci95_upper",
          "median",
          "q1",
          "q3",
          "top_box_share",
          "option",
          "option_count",
          "option_share");

  private ResultRows() {}

  static List<List<Object>> of(CycleResults results, Language language) {
    List<List<Object>> rows = new ArrayList<>();
    for (ItemResult item : results.items()) {
      String text = item.text().in(language);
      add(rows, item, text, "all", item.overall());
      item.stratified().ifPresent(s -> rows.add(stratified(item, text, s)));
      for (Breakdown breakdown : item.breakdowns()) {
        for (GroupFigures group : breakdown.groups()) {
          add(rows, item, text, breakdown.by().name().toLowerCase(java.util.Locale.ROOT), group);
        }
      }
    }
    return rows;
  }

  private static void add(
      List<List<Object>> rows, ItemResult item, String text, String by, GroupFigures group) {
    List<Object> start =
        List.of(
            item.code(), text, item.kind().name(), by, group.group(), group.visibility().name());
    if (!group.shown()) {
      rows.add(padded(start));
    } else if (group.summary() != null) {
      rows.add(padded(concat(start, summary(group.summary()))));
    } else {
      for (OptionShare option : group.options()) {
        List<Object> row = padded(concat(start, List.of(group.n())));
        row.set(17, option.option());
        row.set(18, option.count());
        row.set(19, option.share());
        rows.add(row);
      }
    }
  }

  private static List<Object> summary(Summary s) {
    List<Object> cells = new ArrayList<>();
    cells.add(s.n());
    cells.add(s.dontKnow());
    cells.add(value(s.mean()));
    cells.add(value(s.standardDeviation()));
    cells.add(value(s.standardError()));
    cells.add(s.confidenceInterval().map(ci -> (Object) ci.lower()).orElse(null));
    cells.add(s.confidenceInterval().map(ci -> (Object) ci.upper()).orElse(null));
    cells.add(value(s.median()));
    cells.add(value(s.firstQuartile()));
    cells.add(value(s.thirdQuartile()));
    cells.add(value(s.topBoxShare()));
    return cells;
  }

  private static List<Object> stratified(ItemResult item, String text, StratifiedEstimate s) {
    List<Object> row =
        padded(List.of(item.code(), text, item.kind().name(), "stratified", "all", "SHOWN"));
    row.set(6, s.sampleSize());
    row.set(8, value(s.mean()));
    row.set(10, value(s.standardError()));
    row.set(11, s.confidenceInterval().map(ci -> (Object) ci.lower()).orElse(null));
    row.set(12, s.confidenceInterval().map(ci -> (Object) ci.upper()).orElse(null));
    return row;
  }

  private static Object value(OptionalDouble value) {
    return value.isPresent() ? value.getAsDouble() : null;
  }

  private static List<Object> concat(List<Object> a, List<Object> b) {
    List<Object> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static List<Object> padded(List<Object> cells) {
    List<Object> row = new ArrayList<>(cells);
    while (row.size() < HEADER.size()) {
      row.add(null);
    }
    return row;
  }
}
