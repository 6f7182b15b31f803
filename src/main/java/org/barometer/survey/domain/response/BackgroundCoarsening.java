package org.barometer.survey.domain.response;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes the background columns of an answer export k-anonymous: after coarsening, every combination
 * of the exported background values occurs in at least k rows (k = the survey's minimum group), so
 * a business whose industry, size and years staff know from the register can only be placed among
 * at least k rows, never on its own row.
 *
 * <p>The background answers are the quasi-identifiers: what staff can know about a business from
 * elsewhere. The other answers are what must not be tied to a business. Coarsening is kept simple
 * enough to check by hand:
 *
 * <ol>
 *   <li><b>Each column alone.</b> Values with fewer than k rows are merged into one value, {@value
 *       #OTHER}. While {@value #OTHER} itself holds fewer than k rows, the smallest remaining value
 *       joins it, as the results' secondary suppression hides the smallest shown group: so {@value
 *       #OTHER} can never be worked out as "all rows minus the named values" with fewer than k.
 *   <li><b>The combination.</b> While some combination of the kept columns occurs in fewer than k
 *       rows, the column with the most distinct values (on a tie the later column) is coarsened one
 *       step: its smallest named value joins {@value #OTHER} (the two smallest form it if there is
 *       none yet).
 *   <li>A column whose every row became {@value #OTHER} says nothing and is left out.
 * </ol>
 *
 * Among values of equal size the one later in the column's option order (not stated last) is merged
 * first. Each step lowers a column's number of distinct values, so it ends; with one column left,
 * step 1 already guarantees k rows per value. With fewer than k rows in all no column can be kept;
 * the caller refuses such an export.
 */
public final class BackgroundCoarsening {

  /** The value that stands for the merged, rare values of a column. */
  public static final String OTHER = "other";

  /** A background column: its code and its values in the template's order. */
  public record Column(String code, List<String> order) {}

  /** The kept columns, in the given order, and every row's coarsened values for them. */
  public record Coarsened(List<String> columns, List<List<String>> rows) {}

  private BackgroundCoarsening() {}

  /**
   * @param rows one list per response, one value per column (null where not stated)
   * @param minimum k, at least 1
   */
  public static Coarsened apply(List<Column> columns, List<List<String>> rows, int minimum) {
    if (minimum < 1) {
      throw new IllegalArgumentException("minimum must be at least 1, was " + minimum);
    }
    int width = columns.size();
    String[][] values = new String[rows.size()][];
    for (int r = 0; r < values.length; r++) {
      if (rows.get(r).size() != width) {
        throw new IllegalArgumentException("row " + r + " does not have " + width + " values");
      }
      values[r] = rows.get(r).toArray(new String[0]);
    }
    boolean[] kept = new boolean[width];
    for (int c = 0; c < width; c++) {
      kept[c] = values.length >= minimum;
      if (kept[c]) {
        kept[c] = alone(values, c, columns.get(c).order(), minimum);
      }
    }
    while (rarestCombination(values, kept) < minimum) {
      int column = widest(values, kept);
      kept[column] = oneStep(values, column, columns.get(column).order());
    }
    List<String> keptColumns = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      if (kept[c]) {
        keptColumns.add(columns.get(c).code());
      }
    }
    List<List<String>> out = new ArrayList<>(values.length);
    for (String[] row : values) {
      List<String> cells = new ArrayList<>(keptColumns.size());
      for (int c = 0; c < width; c++) {
        if (kept[c]) {
          cells.add(row[c]);
        }
      }
      out.add(cells);
    }
    return new Coarsened(List.copyOf(keptColumns), out);
  }

  /** Step 1 on one column; false when all of it became {@link #OTHER}. */
  private static boolean alone(String[][] values, int column, List<String> order, int minimum) {
    Map<String, Integer> counts = counts(values, column);
    Set<String> merged = new HashSet<>();
    int mergedRows = 0;
    for (var e : counts.entrySet()) {
      if (e.getValue() < minimum) {
        merged.add(e.getKey());
        mergedRows += e.getValue();
      }
    }
    if (merged.isEmpty()) {
      return true;
    }
    List<String> remaining = byMergingOrder(counts, order);
    remaining.removeAll(merged);
    while (mergedRows < minimum && !remaining.isEmpty()) {
      String next = remaining.remove(0);
      merged.add(next);
      mergedRows += counts.get(next);
    }
    return replace(values, column, merged);
  }

  /** Step 2 on one column; false when all of it became {@link #OTHER}. */
  private static boolean oneStep(String[][] values, int column, List<String> order) {
    Map<String, Integer> counts = counts(values, column);
    boolean hasOther = counts.containsKey(OTHER);
    List<String> named = byMergingOrder(counts, order);
    named.remove(OTHER);
    Set<String> merged = new HashSet<>();
    for (int i = 0; i < Math.min(hasOther ? 1 : 2, named.size()); i++) {
      merged.add(named.get(i));
    }
    return replace(values, column, merged);
  }

  /** Writes {@link #OTHER} for the merged values; false when the column is then all other. */
  private static boolean replace(String[][] values, int column, Set<String> merged) {
    boolean named = false;
    for (String[] row : values) {
      if (merged.contains(row[column])) {
        row[column] = OTHER;
      }
      named |= !OTHER.equals(row[column]);
    }
    return named;
  }

  /** Values smallest first; on a tie the later in the option order first, not stated last. */
  private static List<String> byMergingOrder(Map<String, Integer> counts, List<String> order) {
    Comparator<String> byOrder =
        Comparator.comparingInt(
            v ->
                v == null ? order.size() + 1 : order.contains(v) ? order.indexOf(v) : order.size());
    List<String> sorted = new ArrayList<>(counts.keySet());
    sorted.sort(
        Comparator.<String>comparingInt(counts::get)
            .thenComparing(byOrder.reversed())
            .thenComparing(Comparator.nullsFirst(Comparator.<String>reverseOrder())));
    return sorted;
  }

  private static Map<String, Integer> counts(String[][] values, int column) {
    Map<String, Integer> counts = new HashMap<>();
    for (String[] row : values) {
      counts.merge(row[column], 1, Integer::sum);
    }
    return counts;
  }

  /** The fewest rows any combination of the kept columns has; MAX_VALUE when there is none. */
  private static int rarestCombination(String[][] values, boolean[] kept) {
    if (values.length == 0 || !anyKept(kept)) {
      return Integer.MAX_VALUE;
    }
    Map<List<String>, Integer> combinations = new HashMap<>();
    for (String[] row : values) {
      List<String> key = new ArrayList<>();
      for (int c = 0; c < row.length; c++) {
        if (kept[c]) {
          key.add(row[c]);
        }
      }
      combinations.merge(key, 1, Integer::sum);
    }
    return combinations.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
  }

  /** The kept column with the most distinct values, the later one on a tie. */
  private static int widest(String[][] values, boolean[] kept) {
    int widest = -1;
    int most = -1;
    for (int c = 0; c < kept.length; c++) {
      if (kept[c]) {
        Set<String> distinct = new HashSet<>();
        for (String[] row : values) {
          distinct.add(row[c]);
        }
        if (distinct.size() >= most) {
          most = distinct.size();
          widest = c;
        }
      }
    }
    return widest;
  }

  private static boolean anyKept(boolean[] kept) {
    for (boolean k : kept) {
      if (k) {
        return true;
      }
    }
    return false;
  }
}
