package org.barometer.statistics.infrastructure.fetch.pxweb;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a query into requests of at most the office's cell limit.
 *
 * <p>Variables are split in this order: time and region first (largest first), because their parts
 * are whole tables for some periods or places, which is what is stored and what a failed fetch can
 * most simply be resumed by; then the other variables, largest first; the contents variable last,
 * since a part without some measures is the least useful on its own. Each variable in turn gets a
 * chunk size: when the cells of the other variables fit, as many of its values as fit; when they do
 * not, one value, and the next variable is split too. The parts are the cartesian product of every
 * variable's chunks, so their cells add up to the query's exactly.
 */
final class QueryPlanner {

  private QueryPlanner() {}

  static List<SubQuery> plan(TableMetadata metadata, TableQuery query, long maxCells) {
    for (String named : query.selections().keySet()) {
      metadata.variable(named); // refuses a variable the table does not have
    }
    Map<String, List<String>> selected = new LinkedHashMap<>();
    Set<String> whole = new HashSet<>();
    for (TableMetadata.Variable v : metadata.variables()) {
      ValueSelection selection = query.selection(v.code());
      List<String> codes = selection.resolve(v);
      selected.put(v.code(), codes);
      if (selection instanceof ValueSelection.All) {
        whole.add(v.code());
      }
    }
    Map<String, Integer> chunk = new LinkedHashMap<>();
    selected.forEach((k, v) -> chunk.put(k, v.size()));
    long cells = product(chunk);
    for (TableMetadata.Variable v : splitOrder(metadata, selected)) {
      if (cells <= maxCells) {
        break;
      }
      int size = chunk.get(v.code());
      long rest = cells / size;
      int fits = (int) Math.max(1, Math.min(size, maxCells / rest));
      chunk.put(v.code(), fits);
      cells = rest * fits;
      if (fits < size) {
        whole.remove(v.code());
      }
    }
    List<SubQuery> parts = new ArrayList<>();
    expand(
        selected,
        chunk,
        whole,
        new ArrayList<>(selected.keySet()),
        0,
        new LinkedHashMap<>(),
        parts);
    return parts;
  }

  private static List<TableMetadata.Variable> splitOrder(
      TableMetadata metadata, Map<String, List<String>> selected) {
    Comparator<TableMetadata.Variable> order =
        Comparator.<TableMetadata.Variable>comparingInt(QueryPlanner::rank)
            .thenComparing(v -> -selected.get(v.code()).size());
    return metadata.variables().stream()
        .filter(v -> selected.get(v.code()).size() > 1)
        .sorted(order)
        .toList();
  }

  private static int rank(TableMetadata.Variable v) {
    return switch (v.role()) {
      case TIME, GEO -> 0;
      case OTHER -> 1;
      case METRIC -> 2;
    };
  }

  private static long product(Map<String, Integer> sizes) {
    return sizes.values().stream().mapToLong(Integer::longValue).reduce(1, Math::multiplyExact);
  }

  private static void expand(
      Map<String, List<String>> selected,
      Map<String, Integer> chunk,
      Set<String> whole,
      List<String> order,
      int at,
      Map<String, List<String>> current,
      List<SubQuery> out) {
    if (at == order.size()) {
      out.add(new SubQuery(current, whole));
      return;
    }
    String variable = order.get(at);
    List<String> codes = selected.get(variable);
    int size = chunk.get(variable);
    for (int from = 0; from < codes.size(); from += size) {
      current.put(variable, codes.subList(from, Math.min(codes.size(), from + size)));
      expand(selected, chunk, whole, order, at + 1, current, out);
    }
    current.remove(variable);
  }
}
