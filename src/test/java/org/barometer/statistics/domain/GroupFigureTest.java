package org.barometer.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.barometer.shared.Country;
import org.barometer.shared.Period;
import org.barometer.shared.RegionCode;
import org.barometer.shared.RegionCodes;
import org.barometer.statistics.domain.GroupFigure.Basis;
import org.barometer.statistics.domain.GroupFigure.Chosen;
import org.junit.jupiter.api.Test;

class GroupFigureTest {

  static final Period Y = Period.year(2023);
  static final RegionCode A = m("3901");
  static final RegionCode B = m("3903");
  static final RegionCode C = m("3905");
  static final RegionCode D = m("3907");

  static RegionCode m(String code) {
    return RegionCodes.normalise(code, Country.NO);
  }

  static RegionGroup group(RegionCode... members) {
    return new RegionGroup("G", RegionGroup.Kind.USER, "Test group", List.of(members));
  }

  /** Each member's series with one value for Y; a null value means the cell is ".." */
  static Map<RegionCode, Series> values(Object... codeAndValue) {
    Map<RegionCode, Series> map = new HashMap<>();
    for (int i = 0; i < codeAndValue.length; i += 2) {
      RegionCode r = (RegionCode) codeAndValue[i];
      Double v = (Double) codeAndValue[i + 1];
      Observation o = v == null ? Observation.missing("..") : Observation.of(v);
      map.put(r, Series.of("tax per inhabitant", r, Map.of(Y, o)));
    }
    return map;
  }

  @Test
  void meanOfThreeMembersWithOneMissingCountsOnlyTheTwoWithAValue() {
    // A 10, B missing (".."), C 20: mean (10 + 20) / 2 = 15, not (10 + 0 + 20) / 3 = 10.
    GroupFigure f = GroupFigure.compute(group(A, B, C), values(A, 10.0, B, null, C, 20.0), Y, true);
    assertEquals(OptionalDouble.of(15.0), f.mean());
    assertEquals(2, f.counted());
    assertEquals(List.of(B), f.missing());
    assertEquals(OptionalInt.empty(), f.rank(B));
  }

  @Test
  void memberWithoutAnySeriesIsMissing() {
    GroupFigure f = GroupFigure.compute(group(A, D), values(A, 4.0), Y, true);
    assertEquals(List.of(D), f.missing());
    assertEquals(OptionalDouble.of(4.0), f.mean());
  }

  @Test
  void medianOfOddAndEvenCounts() {
    // 3, 9, 1 sorted 1, 3, 9: median 3. Adding 5: 1, 3, 5, 9: (3 + 5) / 2 = 4.
    assertEquals(
        OptionalDouble.of(3.0),
        GroupFigure.compute(group(A, B, C), values(A, 3.0, B, 9.0, C, 1.0), Y, true).median());
    assertEquals(
        OptionalDouble.of(4.0),
        GroupFigure.compute(group(A, B, C, D), values(A, 3.0, B, 9.0, C, 1.0, D, 5.0), Y, true)
            .median());
  }

  @Test
  void tiesShareTheBestRankAndTheNextRankIsSkipped() {
    // Higher is better: 50 first; the two 40s share rank 2; 30 is 4th (1-2-2-4).
    Map<RegionCode, Series> s = values(A, 40.0, B, 50.0, C, 40.0, D, 30.0);
    GroupFigure f = GroupFigure.compute(group(A, B, C, D), s, Y, true);
    assertEquals(Map.of(A, 2, B, 1, C, 2, D, 4), f.ranks());
    // Lower is better (unemployment): 30 first; 40s share rank 2; 50 is 4th.
    GroupFigure low = GroupFigure.compute(group(A, B, C, D), s, Y, false);
    assertEquals(Map.of(A, 2, B, 4, C, 2, D, 1), low.ranks());
  }

  @Test
  void allMembersMissingGivesNoFigures() {
    GroupFigure f = GroupFigure.compute(group(A, B), values(A, null, B, null), Y, true);
    assertEquals(OptionalDouble.empty(), f.mean());
    assertEquals(OptionalDouble.empty(), f.median());
    assertTrue(f.ranks().isEmpty());
    assertEquals(List.of(A, B), f.missing());
    assertEquals(Optional.empty(), f.preferring(null));
  }

  @Test
  void oneMemberIsItsOwnMeanAndMedianAndRanksFirst() {
    GroupFigure f = GroupFigure.compute(group(A), values(A, 7.5), Y, true);
    assertEquals(OptionalDouble.of(7.5), f.mean());
    assertEquals(OptionalDouble.of(7.5), f.median());
    assertEquals(OptionalInt.of(1), f.rank(A));
  }

  @Test
  void prefersTheFigureTheOfficePublishedForTheGroup() {
    RegionCode ekg11 = RegionCodes.normalise("EKG11", Country.NO);
    GroupFigure f = GroupFigure.compute(group(A, B), values(A, 10.0, B, 20.0), Y, true);
    Series published = Series.ofValues("tax per inhabitant", ekg11, Map.of(Y, 16.0));
    assertEquals(Optional.of(new Chosen(16.0, Basis.PUBLISHED)), f.preferring(published));
    // Published series without this period, or none at all: the members' mean (10 + 20) / 2.
    Series other = Series.ofValues("tax per inhabitant", ekg11, Map.of(Period.year(2022), 1.0));
    assertEquals(Optional.of(new Chosen(15.0, Basis.MEAN_OF_MEMBERS)), f.preferring(other));
    assertEquals(Optional.of(new Chosen(15.0, Basis.MEAN_OF_MEMBERS)), f.preferring(null));
  }

  @Test
  void groupWithoutMembersStillUsesThePublishedFigure() {
    RegionGroup kostra = new RegionGroup("EKG11", RegionGroup.Kind.KOSTRA, "KOSTRA 11", List.of());
    GroupFigure f = GroupFigure.compute(kostra, Map.of(), Y, true);
    Series published =
        Series.ofValues("x", RegionCodes.normalise("EKG11", Country.NO), Map.of(Y, 3.0));
    assertEquals(Optional.of(new Chosen(3.0, Basis.PUBLISHED)), f.preferring(published));
  }
}
