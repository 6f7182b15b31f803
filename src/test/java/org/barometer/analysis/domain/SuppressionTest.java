package org.barometer.analysis.domain;

import static org.barometer.analysis.domain.Visibility.SHOWN;
import static org.barometer.analysis.domain.Visibility.SUPPRESSED_SMALL;
import static org.barometer.analysis.domain.Visibility.SUPPRESSED_TO_PROTECT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand cases at the default minimum of 7 unless stated; groups are named by their n. */
class SuppressionTest {

  private static List<Visibility> decide(Suppression rule, long... ns) {
    List<BreakdownGroup> groups = new ArrayList<>();
    for (int i = 0; i < ns.length; i++) {
      groups.add(new BreakdownGroup("g" + i, ns[i]));
    }
    List<GroupDisclosure> result = rule.apply(groups);
    for (int i = 0; i < ns.length; i++) {
      assertEquals("g" + i, result.get(i).key());
      assertEquals(ns[i], result.get(i).n());
    }
    return result.stream().map(GroupDisclosure::visibility).toList();
  }

  private static List<Visibility> decide(long... ns) {
    return decide(Suppression.withDefaultMinimum(), ns);
  }

  @Test
  void noneSmall() {
    assertEquals(List.of(SHOWN, SHOWN, SHOWN), decide(10, 12, 7));
  }

  @Test
  void oneSmallAlsoHidesTheSmallestOtherGroup() {
    // 3 = total − 10 − 8 − 20 if only it were hidden, so 8 goes too
    assertEquals(
        List.of(SHOWN, SUPPRESSED_SMALL, SUPPRESSED_TO_PROTECT, SHOWN), decide(10, 3, 8, 20));
  }

  @Test
  void twoSmallProtectEachOther() {
    // total − 10 − 20 = 3 + 5 only: neither can be recovered alone
    assertEquals(List.of(SHOWN, SUPPRESSED_SMALL, SUPPRESSED_SMALL, SHOWN), decide(10, 3, 5, 20));
  }

  @Test
  void oneSmallAndTheNextSmallestJustLargeEnough() {
    // 6 is small; of the two 7s (at the minimum, so shown) the first is taken on the tie
    assertEquals(
        List.of(SUPPRESSED_SMALL, SUPPRESSED_TO_PROTECT, SHOWN, SHOWN), decide(6, 7, 7, 30));
  }

  @Test
  void oneSmallAndTheNextSmallestAlsoSmall() {
    // 2 and 6 are both primary suppressions, so no secondary one is needed
    assertEquals(List.of(SUPPRESSED_SMALL, SUPPRESSED_SMALL, SHOWN), decide(2, 6, 40));
  }

  @Test
  void allSmall() {
    assertEquals(List.of(SUPPRESSED_SMALL, SUPPRESSED_SMALL, SUPPRESSED_SMALL), decide(3, 4, 5));
  }

  @Test
  void twoGroupsWithOneSmallBothGo() {
    assertEquals(List.of(SUPPRESSED_TO_PROTECT, SUPPRESSED_SMALL), decide(30, 4));
  }

  @Test
  void anEmptyNotStatedGroupNeedsNoProtection() {
    // "not stated" with 0 answers is hidden, but total − shown reveals nothing about it
    assertEquals(List.of(SHOWN, SHOWN, SUPPRESSED_SMALL), decide(10, 12, 0));
    // …and it does not shelter a lone small group either
    assertEquals(
        List.of(SUPPRESSED_TO_PROTECT, SUPPRESSED_SMALL, SUPPRESSED_SMALL, SHOWN),
        decide(10, 4, 0, 12));
  }

  @Test
  void aSingleSmallGroupCannotBeProtectedHere() {
    assertEquals(List.of(SUPPRESSED_SMALL), decide(5));
    assertEquals(List.of(), decide());
  }

  @Test
  void theMinimumIsConfigurable() {
    // minimum 10: 9 is small, 10 is the smallest shown
    assertEquals(
        List.of(SUPPRESSED_TO_PROTECT, SUPPRESSED_SMALL, SHOWN),
        decide(new Suppression(10), 10, 9, 15));
    assertEquals(List.of(SHOWN, SHOWN), decide(new Suppression(1), 1, 2));
    assertThrows(IllegalArgumentException.class, () -> new Suppression(0));
  }
}
