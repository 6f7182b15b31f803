package org.barometer.statistics.infrastructure.fetch.pxweb;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What to fetch from one PxWeb table: a selection per variable. A variable the query does not name
 * is fetched whole (not eliminated), so the answer has the same dimensions whatever the office's
 * elimination defaults are, and the same table stored again lines up with the earlier fetch.
 *
 * <pre>{@code
 * TableQuery.of("12367", "no")
 *     .with("KOKkommuneregion0000", ValueSelection.codes("3001", "EAK"))
 *     .with("Tid", ValueSelection.latest(5));
 * }</pre>
 *
 * @param tableId the office's table id ("12367", "TAB6471")
 * @param language the label language ("no", "en", "sv"); null for the office's default
 * @param selections per variable code, in the order given
 */
public record TableQuery(String tableId, String language, Map<String, ValueSelection> selections) {

  public TableQuery {
    Objects.requireNonNull(tableId, "tableId");
    if (tableId.isBlank() || !tableId.matches("[A-Za-z0-9_\\-]+")) {
      throw new IllegalArgumentException("Not a table id: '" + tableId + "'");
    }
    selections = Collections.unmodifiableMap(new LinkedHashMap<>(selections));
  }

  public static TableQuery of(String tableId, String language) {
    return new TableQuery(tableId, language, Map.of());
  }

  /** The same query with this variable's selection set (replacing an earlier one). */
  public TableQuery with(String variable, ValueSelection selection) {
    Map<String, ValueSelection> next = new LinkedHashMap<>(selections);
    next.put(Objects.requireNonNull(variable, "variable"), Objects.requireNonNull(selection));
    return new TableQuery(tableId, language, next);
  }

  public ValueSelection selection(String variable) {
    return selections.getOrDefault(variable, ValueSelection.all());
  }
}
