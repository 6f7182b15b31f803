package org.barometer.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.barometer.shared.Country;
import org.barometer.shared.RegionCodes;
import org.barometer.statistics.domain.MunicipalityHistory;
import org.barometer.statistics.domain.MunicipalityHistory.CodeChange;
import org.barometer.statistics.domain.MunicipalityHistory.Followed;
import org.barometer.statistics.domain.MunicipalityHistory.Merger;
import org.barometer.statistics.domain.MunicipalityHistory.Split;
import org.junit.jupiter.api.Test;

/**
 * A merger and two divisions that are not among Barometer's examples, read from a HAND-MADE file in
 * the shape of KLASS's JSON change list ({@code official-stats/ssb/HANDMADE-klass-131-*.json}, see
 * {@code official-stats/SOURCES.md}). The expected codes were written by hand from SSB's
 * classification 131:
 *
 * <ul>
 *   <li>2020: Ålesund 1504, Ørskog 1523, Skodje 1529, Haram 1534 and Sandøy 1546 merged into
 *       Ålesund 1507;
 *   <li>2024: Ålesund 1507 was divided into Ålesund 1508 and Haram 1580;
 *   <li>2018: Snillfjord 1613 became 5012 (Trøndelag); 2020: Snillfjord 5012 was divided between
 *       Heim 5055 (with Hemne 5011 and Halsa 1571), Hitra 5056 (with Hitra 5013) and Orkland 5059.
 * </ul>
 */
class KlassChangesTest {

  static final String FIXTURE =
      "/official-stats/ssb/HANDMADE-klass-131-changes-alesund-snillfjord.json";

  static KlassChanges.Read fixture() throws Exception {
    try (InputStream in = KlassChangesTest.class.getResourceAsStream(FIXTURE)) {
      return KlassChanges.json(in);
    }
  }

  static MunicipalityHistory history() throws Exception {
    return MunicipalityHistory.of(fixture().changes());
  }

  static TreeSet<String> set(String... codes) {
    return new TreeSet<>(Set.of(codes));
  }

  @Test
  void readsEveryChangeOfTheKlassShape() throws Exception {
    KlassChanges.Read read = fixture();
    assertEquals(17, read.changes().size());
    assertEquals(0, read.unlinked());
    assertEquals(new CodeChange("1613", "5012", 2018), read.changes().get(1));
    // a change of name alone is a row to the same code
    assertTrue(read.changes().contains(new CodeChange("5001", "5001", 2023)));
  }

  @Test
  void aMergerNotAmongTheExamples() throws Exception {
    MunicipalityHistory h = history();
    assertEquals(set("1504", "1523", "1529", "1534", "1546"), h.codesIn("1507", 2020, 2019));
    assertEquals(
        List.of(new Merger("1507", 2020, set("1504", "1523", "1529", "1534", "1546"))),
        h.mergers("1507", 2023));
    assertEquals("1507", h.codeIn("1534", 2019, 2022), "Haram 2019 was in Ålesund in 2022");
    assertTrue(h.inUse("1534", 2019));
    assertFalse(h.inUse("1534", 2020));
    assertFalse(h.inUse("1507", 2019), "1507 was first used in 2020");
  }

  @Test
  void aDivisionNotAmongTheExamples() throws Exception {
    MunicipalityHistory h = history();
    assertEquals(set("1508", "1580"), h.codesIn("1507", 2023, 2024));
    Split alesund = new Split("1507", 2024, set("1508", "1580"));
    assertEquals(Optional.of(alesund), h.division("1507"));
    // neither part inherits the divided municipality's figures
    assertEquals(List.of("1580"), h.lineage("1580", 2024));
    assertEquals(List.of("1508"), h.lineage("1508", 2024));
    assertEquals(List.of(alesund), h.splits("1580", 2024));
    assertEquals(set(), h.codesIn("1580", 2024, 2023));
    // the merged Haram of 2019 has no single code after the division
    var e = assertThrows(IllegalArgumentException.class, () -> h.currentCode("1534", 2019));
    assertTrue(e.getMessage().contains("1507 was divided in 2024 into 1508, 1580"), e.getMessage());
    assertEquals(set("1508", "1580"), h.codesIn("1534", 2019, 2024));
    assertEquals(new Followed("1507", 2023), h.follow("1534", 2019, 2024));
    var gone = assertThrows(IllegalArgumentException.class, () -> h.lineage("1507", 2024));
    assertTrue(gone.getMessage().contains("divided in 2024"), gone.getMessage());
  }

  @Test
  void aMunicipalityDividedBetweenThreeAfterARenumbering() throws Exception {
    MunicipalityHistory h = history();
    assertEquals(new Followed("5012", 2019), h.follow("1613", 2017, 2024));
    assertEquals(set("5055", "5056", "5059"), h.codesIn("1613", 2017, 2020));
    Split snillfjord = new Split("5012", 2020, set("5055", "5056", "5059"));
    // Hitra took in a part of Snillfjord: Hitra's own past, not Snillfjord's
    assertEquals(List.of("5056", "5013", "1617"), h.lineage("5056", 2020));
    assertEquals(List.of(snillfjord), h.splits("5056", 2020));
    assertEquals(List.of(), h.mergers("5056", 2020));
    // Heim merged Hemne and Halsa and took in a part of Snillfjord
    assertEquals(List.of(new Merger("5055", 2020, set("1571", "5011"))), h.mergers("5055", 2024));
    assertEquals(set("1571", "1612"), h.codesIn("5055", 2024, 2017));
  }

  @Test
  void regionLineageStartsAtTheDivisionAndSaysWhy() throws Exception {
    MunicipalityHistory h = history();
    RegionLineage haram = RegionLineage.of(RegionCodes.normalise("1580", Country.NO), h, 2025);
    assertEquals(List.of(RegionCodes.normalise("1580", Country.NO)), haram.codes());
    assertEquals(2024, haram.brokeIn());
    assertTrue(
        haram.note().contains("a part of 1507 (divided in 2024 into 1508, 1580)"), haram.note());

    // asked for by a code of before the merger: shown under the last code before the division
    RegionLineage old = RegionLineage.of(RegionCodes.normalise("1534", Country.NO), h, 2025);
    assertEquals("1507", old.shown().code());
    assertEquals(List.of("1507"), old.codes().stream().map(r -> r.code()).toList());
    assertTrue(old.note().contains("merged then (1504, 1523, 1529, 1534, 1546)"), old.note());
    assertTrue(old.note().contains("Figures end in 2023"), old.note());

    RegionLineage hitra = RegionLineage.of(RegionCodes.normalise("5056", Country.NO), h, 2025);
    assertEquals(List.of("5056"), hitra.codes().stream().map(r -> r.code()).toList());
    assertTrue(hitra.note().contains("a part of 5012"), hitra.note());
  }

  @Test
  void changesThatLinkNoTwoCodesAreCountedNotKept() {
    // the guide: no oldCode = a code that started to exist, no newCode = one that ceased
    KlassChanges.Read read =
        KlassChanges.json(
            new StringReader(
                "{\"codeChanges\":[{\"oldCode\":\"\",\"newCode\":\"5001\",\"changeOccurred\":\"2018-01-01\"},"
                    + "{\"oldCode\":\"1613\",\"changeOccurred\":\"2018-01-01\"},"
                    + "{\"oldCode\":\"0710\",\"newCode\":\"3804\",\"changeOccurred\":\"2020-01-01\"}]}"));
    assertEquals(List.of(new CodeChange("0710", "3804", 2020)), read.changes());
    assertEquals(2, read.unlinked());
  }

  @Test
  void refusesWhatIsNotAChangeListByYears() {
    var notList =
        assertThrows(
            IllegalArgumentException.class,
            () -> KlassChanges.json(new StringReader("{\"classificationItems\":[]}")));
    assertTrue(notList.getMessage().contains("no codeChanges array"), notList.getMessage());
    var midYear =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                KlassChanges.json(
                    new StringReader(
                        "{\"codeChanges\":[{\"oldCode\":\"0710\",\"newCode\":\"3804\","
                            + "\"changeOccurred\":\"2020-07-01\"}]}")));
    assertTrue(
        midYear.getMessage().startsWith("Change 1 (0710 → 3804, 2020-07-01)"),
        midYear.getMessage());
    assertTrue(midYear.getMessage().contains("not on 1 January"), midYear.getMessage());
    var county =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                KlassChanges.json(
                    new StringReader(
                        "{\"codeChanges\":[{\"oldCode\":\"07\",\"newCode\":\"38\","
                            + "\"changeOccurred\":\"2020-01-01\"}]}")));
    assertTrue(county.getMessage().contains("not a municipality number"), county.getMessage());
  }

  @Test
  void aSwedishMunicipalityFormedFromAPartOfAnother() {
    MunicipalityHistory se =
        org.barometer.statistics.domain.MunicipalityCodeChanges.shipped(Country.SE);
    RegionLineage nykvarn = RegionLineage.of(RegionCodes.normalise("0140", Country.SE), se, 2025);
    assertEquals(List.of(RegionCodes.normalise("0140", Country.SE)), nykvarn.codes());
    assertEquals(1999, nykvarn.brokeIn());
    assertTrue(
        nykvarn
            .note()
            .contains("a part of 0181 (which kept its code and gave a part away in 1999)"),
        nykvarn.note());
    RegionLineage sodertalje =
        RegionLineage.of(RegionCodes.normalise("0181", Country.SE), se, 2025);
    assertEquals(List.of(RegionCodes.normalise("0181", Country.SE)), sodertalje.codes());
    // a Norwegian code stands alone in the Swedish history
    RegionLineage oslo = RegionLineage.of(RegionCodes.normalise("0301", Country.NO), se, 2025);
    assertEquals(0, oslo.brokeIn());
  }

  @Test
  void aNumberDecidedForNextYearIsReadUnderItself() throws Exception {
    // fetched in 2023, KLASS already lists 2024's numbers: 1580 is first used in 2024
    RegionLineage haram =
        RegionLineage.of(RegionCodes.normalise("1580", Country.NO), history(), 2023);
    assertEquals("1580", haram.shown().code());
    assertEquals(List.of("1580"), haram.codes().stream().map(r -> r.code()).toList());
    RegionLineage alesund =
        RegionLineage.of(RegionCodes.normalise("1507", Country.NO), history(), 2023);
    assertEquals(null, alesund.divided(), "not yet divided in 2023");
    assertEquals("1507", alesund.shown().code());
  }
}
