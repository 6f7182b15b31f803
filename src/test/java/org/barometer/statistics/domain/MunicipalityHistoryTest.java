package org.barometer.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.barometer.shared.Country;
import org.barometer.shared.Period;
import org.barometer.shared.RegionCode;
import org.barometer.shared.RegionCodes;
import org.barometer.statistics.domain.MunicipalityHistory.CodeChange;
import org.barometer.statistics.domain.MunicipalityHistory.Merger;
import org.junit.jupiter.api.Test;

class MunicipalityHistoryTest {

  static final MunicipalityHistory NO = MunicipalityCodeChanges.shipped();

  static RegionCode m(String code) {
    return RegionCodes.normalise(code, Country.NO);
  }

  static TreeSet<String> set(String... codes) {
    return new TreeSet<>(Set.of(codes));
  }

  @Test
  void shippedFileHasTheBriefsExamplesAndTheGroupsChanges() {
    // 1 row of 2018 (Trondheim), 35 of 2020, 19 of 2024.
    assertEquals(55, NO.changes().size());
    assertEquals("3907", NO.currentCode("0710", 2017), "Sandefjord");
    assertEquals("3301", NO.currentCode("0602", 2019), "Drammen");
    assertEquals("3105", NO.currentCode("0105", 2019), "Sarpsborg");
    assertEquals("5501", NO.currentCode("1902", 2019), "Tromsø");
    assertEquals("4012", NO.currentCode("0814", 2019), "Bamble");
    assertEquals("0301", NO.currentCode("0301", 2015), "Oslo never changed");
  }

  @Test
  void everyAsssAndVestfoldGrenlandMemberIsACurrentCode() {
    for (String group : List.of("ASSS", "VESTFOLD_GRENLAND")) {
      for (RegionCode member : RegionGroups.shipped().group(group).orElseThrow().members()) {
        assertEquals(member.code(), NO.currentCode(member.code(), 2024), member.code());
      }
    }
  }

  @Test
  void codeInAGivenYear() {
    assertEquals("3804", NO.codeIn("0710", 2019, 2022));
    assertEquals("0710", NO.codeIn("0710", 2019, 2019));
    assertEquals(set("0710"), NO.codesIn("3907", 2024, 2019));
    assertEquals(set("3804"), NO.codesIn("3907", 2024, 2023));
  }

  @Test
  void goingBackThroughAMergerGivesEveryOldCode() {
    assertEquals(set("0602", "0625", "0711"), NO.codesIn("3301", 2024, 2019));
    // Stavanger kept 1103 while Finnøy and Rennesøy joined it.
    assertEquals(set("1103", "1141", "1142"), NO.codesIn("1103", 2024, 2019));
    assertEquals(
        List.of(new Merger("3005", 2020, set("0602", "0625", "0711"))), NO.mergers("3301", 2024));
    assertEquals(List.of(), NO.mergers("3907", 2024), "Sandefjord was only renumbered");
  }

  @Test
  void refusesACodeThatWasNotInUseThatYear() {
    var e = assertThrows(IllegalArgumentException.class, () -> NO.currentCode("0710", 2021));
    assertTrue(e.getMessage().contains("became 3804 in 2020"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> NO.currentCode("3907", 2019));
    assertFalse(NO.inUse("3804", 2024));
    assertTrue(NO.inUse("3804", 2020));
  }

  @Test
  void joinsARenumberedMunicipalityIntoOneSeries() {
    // SSB keeps the old code in later tables with "..": the value under the new code wins.
    Series old =
        Series.of(
            "jobs",
            m("0710"),
            Map.of(
                Period.year(2019), Observation.of(100),
                Period.year(2020), Observation.missing("..")));
    Series mid = Series.ofValues("jobs", m("3804"), Map.of(Period.year(2020), 101.0));
    Series now = Series.ofValues("jobs", m("3907"), Map.of(Period.year(2024), 105.0));
    Series joined = NO.continuous("3907", 2024, Map.of("0710", old, "3804", mid, "3907", now));
    assertEquals(m("3907"), joined.region());
    assertEquals(
        List.of(Period.year(2019), Period.year(2020), Period.year(2024)), joined.periods());
    assertEquals(101.0, joined.value(Period.year(2020)).orElseThrow());
    assertEquals(List.of("3907", "3804", "0710"), NO.lineage("3907", 2024));
  }

  @Test
  void refusesToJoinAMergersOverlappingValues() {
    Series drammen = Series.ofValues("jobs", m("0602"), Map.of(Period.year(2019), 50.0));
    Series svelvik = Series.ofValues("jobs", m("0711"), Map.of(Period.year(2019), 3.0));
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> NO.continuous("3301", 2024, Map.of("0602", drammen, "0711", svelvik)));
    String msg = e.getMessage();
    assertTrue(msg.contains("0602") && msg.contains("0711") && msg.contains("2019"), msg);
  }

  @Test
  void readsKlassStyleRowsAndAcceptsSplits() throws Exception {
    MunicipalityHistory h =
        MunicipalityCodeChanges.read(
            new StringReader("old_code;new_code;valid_from\nK_0710;3804;2020\n"));
    assertEquals(List.of(new CodeChange("0710", "3804", 2020)), h.changes());
    // one old code, two new codes: a division (a made-up one: KLASS lists Forsand 1129 only
    // into Sandnes 1108)
    MunicipalityHistory split =
        MunicipalityHistory.of(
            List.of(new CodeChange("1129", "1108", 2020), new CodeChange("1129", "1130", 2020)));
    assertEquals(set("1108", "1130"), split.codesIn("1129", 2019, 2020));
    assertThrows(IllegalArgumentException.class, () -> split.currentCode("1129", 2019));
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MunicipalityCodeChanges.read(new StringReader("# c\n0710;3804\n")));
    assertTrue(e.getMessage().startsWith("Line 2"), e.getMessage());
  }

  @Test
  void refusesACodeUsedAgainAfterItEnded() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MunicipalityHistory.of(
                    List.of(
                        new CodeChange("0710", "3804", 2020),
                        new CodeChange("0706", "0710", 2022))));
    assertTrue(
        e.getMessage().contains("0710 ended in 2020 and is used again in 2022"), e.getMessage());
  }

  @Test
  void withAddsRowsOnce() {
    MunicipalityHistory more =
        NO.with(
            List.of(new CodeChange("0710", "3804", 2020), new CodeChange("1129", "1108", 2020)));
    assertEquals(NO.changes().size() + 1, more.changes().size());
    assertEquals(set("1102", "1129"), more.codesIn("1108", 2024, 2019));
    assertEquals(java.util.Optional.of(2024), more.latestChange());
  }

  @Test
  void swedenShipsWhatScbsOwnTablesSay() {
    // SCB BE0101D1's note: from 1999-01-01 parts of Södertälje (0181) form Nykvarn (0140)
    MunicipalityHistory se = MunicipalityCodeChanges.shipped(Country.SE);
    assertEquals(Country.SE, se.country());
    assertEquals(2, se.changes().size());
    assertEquals(set("0140", "0181"), se.codesIn("0181", 1998, 1999));
    assertEquals("0181", se.currentCode("0181", 1990), "Södertälje kept its code");
    assertFalse(se.inUse("0140", 1998));
    assertTrue(se.inUse("0140", 1999));
    assertEquals(List.of("0140"), se.lineage("0140", 2024));
    assertEquals(
        List.of(new MunicipalityHistory.Split("0181", 1999, set("0140", "0181"))),
        se.splits("0140", 2024));
    Series nykvarn =
        se.continuous(
            "0140",
            2024,
            Map.of(
                "0140",
                Series.ofValues(
                    "jobs",
                    RegionCodes.normalise("0140", Country.SE),
                    Map.of(Period.year(2020), 5.0))));
    assertEquals(Country.SE, nykvarn.region().country());
  }
}
