package org.barometer.survey.domain.response;

import static org.barometer.survey.domain.response.BackgroundCoarsening.OTHER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.barometer.survey.domain.response.BackgroundCoarsening.Coarsened;
import org.barometer.survey.domain.response.BackgroundCoarsening.Column;
import org.junit.jupiter.api.Test;

/** Hand-made tables whose coarsening is worked out in the comments, and a seeded sweep. */
class BackgroundCoarseningTest {

  private static final Column INDUSTRY = new Column("industry", List.of("C", "F", "G"));
  private static final Column SIZE = new Column("size", List.of("0-4", "5-19", "20-99", "100+"));

  /** {@code times} rows with these values. */
  private static List<List<String>> rows(int times, String... values) {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < times; i++) {
      rows.add(Arrays.asList(values));
    }
    return rows;
  }

  @SafeVarargs
  private static List<List<String>> table(List<List<String>>... parts) {
    List<List<String>> all = new ArrayList<>();
    for (List<List<String>> part : parts) {
      all.addAll(part);
    }
    return all;
  }

  @Test
  void valuesWithEnoughRowsStayAsTheyAre() {
    var table = table(rows(3, "C"), rows(4, "F"), rows(3, "G"));
    Coarsened out = BackgroundCoarsening.apply(List.of(INDUSTRY), table, 3);
    assertEquals(List.of("industry"), out.columns());
    assertEquals(table, out.rows());
  }

  @Test
  void aRareValueBecomesOtherAndTheSmallestNamedValueJoinsItUntilOtherHasK() {
    // k = 3: F has 1 row, so F -> other; other (1) < 3, so the smallest of C (5) and G (3) joins:
    // G. other = F + G = 4 rows, C = 5 rows.
    var table = table(rows(5, "C"), rows(1, "F"), rows(3, "G"));
    Coarsened out = BackgroundCoarsening.apply(List.of(INDUSTRY), table, 3);
    assertEquals(List.of("industry"), out.columns());
    assertEquals(table(rows(5, "C"), rows(1, OTHER), rows(3, OTHER)), out.rows());
  }

  @Test
  void aColumnThatWouldBeAllOtherIsLeftOut() {
    // k = 3: F (1) -> other, then C (5) must join it: every row is other, the column says nothing
    var table = table(rows(5, "C"), rows(1, "F"));
    Coarsened out = BackgroundCoarsening.apply(List.of(INDUSTRY), table, 3);
    assertEquals(List.of(), out.columns());
    assertEquals(rows(6), out.rows());
  }

  @Test
  void aRareCombinationCoarsensTheWidestColumnTheLaterOnATie() {
    // k = 3: alone every value has 6 rows, but (C, 5-19) and (F, 0-4) have 2 each. Both columns
    // have 2 values, so the later, size, is coarsened: no other yet, so its two smallest (6 and 6)
    // form it, and size is all other: left out. Industry alone has 6 and 6.
    var table =
        table(rows(4, "C", "0-4"), rows(2, "C", "5-19"), rows(2, "F", "0-4"), rows(4, "F", "5-19"));
    Coarsened out = BackgroundCoarsening.apply(List.of(INDUSTRY, SIZE), table, 3);
    assertEquals(List.of("industry"), out.columns());
    assertEquals(table(rows(6, "C"), rows(6, "F")), out.rows());
  }

  @Test
  void theWidestColumnLosesItsSmallestValuesFirst() {
    // k = 2: industry C 2, F 2, G 2 and size 0-4 3, 5-19 3 pass alone; (F, 0-4) and (F, 5-19) have
    // 1 each. Industry has 3 values, size 2: industry's two smallest (all 2; later first: G, F)
    // form other. Then (other, 0-4) has 1: both columns have 2 values, size (later) goes whole.
    var table =
        table(rows(2, "C", "0-4"), rows(1, "F", "0-4"), rows(1, "F", "5-19"), rows(2, "G", "5-19"));
    Coarsened out = BackgroundCoarsening.apply(List.of(INDUSTRY, SIZE), table, 2);
    assertEquals(List.of("industry"), out.columns());
    assertEquals(table(rows(2, "C"), rows(4, OTHER)), out.rows());
  }

  @Test
  void aCombinationCanBeFixedWithoutLosingAColumn() {
    // k = 2: industry C 4, F 2, G 2; size 0-4 4, 5-19 4. (F, 5-19) 1 and (F, 0-4) 1 are rare.
    // Industry is widest (3 values): its two smallest, G (2) and F (2), form other (4 rows).
    // Now (C, 0-4) 2, (C, 5-19) 2, (other, 0-4) 2, (other, 5-19) 2: done, both columns kept.
    var table =
        table(
            rows(2, "C", "0-4"),
            rows(2, "C", "5-19"),
            rows(1, "F", "0-4"),
            rows(1, "F", "5-19"),
            rows(1, "G", "0-4"),
            rows(1, "G", "5-19"));
    Coarsened out = BackgroundCoarsening.apply(List.of(INDUSTRY, SIZE), table, 2);
    assertEquals(List.of("industry", "size"), out.columns());
    assertEquals(
        table(
            rows(2, "C", "0-4"),
            rows(2, "C", "5-19"),
            rows(1, OTHER, "0-4"),
            rows(1, OTHER, "5-19"),
            rows(1, OTHER, "0-4"),
            rows(1, OTHER, "5-19")),
        out.rows());
  }

  @Test
  void notStatedIsAValueLikeAnyOther() {
    // k = 2: 2 rows without an answer stay blank; 1 would be merged with C and the column lost
    var enough = table(rows(3, "C"), rows(2, (String) null));
    assertEquals(enough, BackgroundCoarsening.apply(List.of(INDUSTRY), enough, 2).rows());
    var one = table(rows(3, "C"), rows(1, (String) null));
    assertEquals(List.of(), BackgroundCoarsening.apply(List.of(INDUSTRY), one, 2).columns());
  }

  @Test
  void fewerRowsThanTheMinimumKeepNoColumn() {
    var table = table(rows(1, "C", "0-4"), rows(1, "F", "5-19"));
    Coarsened out = BackgroundCoarsening.apply(List.of(INDUSTRY, SIZE), table, 3);
    assertEquals(List.of(), out.columns());
    assertEquals(rows(2), out.rows());
  }

  @Test
  void aMinimumOfOneChangesNothing() {
    var table = table(rows(1, "C", "0-4"), rows(1, "F", "5-19"));
    assertEquals(table, BackgroundCoarsening.apply(List.of(INDUSTRY, SIZE), table, 1).rows());
    assertThrows(
        IllegalArgumentException.class,
        () -> BackgroundCoarsening.apply(List.of(INDUSTRY), table(rows(1, "C")), 0));
  }

  /**
   * 500 seeded random tables: every combination of the kept columns has at least k rows, a value is
   * kept or becomes other (the same for every row with that value), and a kept column is never all
   * other.
   */
  @Test
  void everyCombinationHasAtLeastKRowsOnRandomTables() {
    Random random = new Random(20261202);
    List<Column> columns =
        List.of(INDUSTRY, SIZE, new Column("years", List.of("0-2", "3-9", "10+")));
    for (int t = 0; t < 500; t++) {
      int k = 1 + random.nextInt(8);
      int n = random.nextInt(60);
      List<List<String>> table = new ArrayList<>();
      for (int r = 0; r < n; r++) {
        List<String> row = new ArrayList<>();
        for (Column c : columns) {
          int pick = random.nextInt(c.order().size() + 1);
          row.add(pick == c.order().size() ? null : c.order().get(pick));
        }
        table.add(row);
      }
      Coarsened out = BackgroundCoarsening.apply(columns, table, k);
      Map<List<String>, Integer> combinations = new HashMap<>();
      out.rows().forEach(row -> combinations.merge(row, 1, Integer::sum));
      if (n >= k) {
        combinations.forEach(
            (combination, rows) -> assertTrue(rows >= k, combination + " has " + rows + " < " + k));
      } else {
        assertEquals(List.of(), out.columns());
      }
      for (String kept : out.columns()) {
        int in = columns.stream().map(Column::code).toList().indexOf(kept);
        int at = out.columns().indexOf(kept);
        Map<String, String> becomes = new HashMap<>();
        boolean named = false;
        for (int r = 0; r < n; r++) {
          String before = table.get(r).get(in);
          String after = out.rows().get(r).get(at);
          assertTrue(after == null ? before == null : after.equals(before) || after.equals(OTHER));
          String earlier = becomes.putIfAbsent(before, after);
          assertTrue(
              becomes.get(before) == null ? after == null : becomes.get(before).equals(after));
          assertTrue(earlier == null || earlier.equals(after));
          named |= !OTHER.equals(after);
        }
        assertTrue(named, kept + " is all other");
        assertNotEquals(-1, in);
      }
    }
  }
}
