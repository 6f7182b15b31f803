package org.barometer.statistics.application.importer.jsonstat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.Dimension;
import org.barometer.statistics.application.importer.DimensionRole;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.application.importer.Unit;
import org.junit.jupiter.api.Test;

/**
 * Every JSON-stat fixture of /work/shared/data/official-stats (copied byte-identical). Missing
 * counts are those of SOURCES.md, re-counted with python's json module; expected cell values were
 * read from the file's {@code value} array at the index computed by hand from the index order
 * (row-major, last dimension fastest), never from this parser's output.
 */
class JsonStatParserTest {

  private static final String DIR = "/official-stats/";
  private static final DimensionRole T = DimensionRole.TIME;
  private static final DimensionRole G = DimensionRole.GEO;
  private static final DimensionRole M = DimensionRole.METRIC;
  private static final DimensionRole O = DimensionRole.OTHER;

  static List<Dataset> parseAll(String resource) throws Exception {
    try (InputStream in = JsonStatParserTest.class.getResourceAsStream(DIR + resource)) {
      assertTrue(in != null, resource);
      return new JsonStatParser().parse(resource, in, null);
    }
  }

  static Dataset parse(String resource) throws Exception {
    List<Dataset> all = parseAll(resource);
    assertEquals(1, all.size());
    return all.get(0);
  }

  static List<Dataset> parseText(String json) throws ImportException {
    return new JsonStatParser()
        .parse(
            "inline.json", new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), null);
  }

  static ImportException refused(String json) {
    return assertThrows(ImportException.class, () -> parseText(json));
  }

  static List<String> ids(Dataset d) {
    return d.dimensions().stream().map(Dimension::id).toList();
  }

  static List<Integer> sizes(Dataset d) {
    return d.dimensions().stream().map(x -> x.categories().size()).toList();
  }

  static List<DimensionRole> roles(Dataset d) {
    return d.dimensions().stream().map(Dimension::role).toList();
  }

  static Unit unit(Dataset d, String dimension, String code) {
    Dimension dim = d.dimension(dimension);
    return dim.categories().get(dim.position(code)).unit();
  }

  static double value(Dataset d, String... codes) {
    return d.values()[d.index(codes)];
  }

  // --- SSB -----------------------------------------------------------------------------------

  @Test
  void ssb12367KostraAccountsWithStatusObject() throws Exception {
    Dataset d = parse("ssb/ssb-12367-kostra-regnskap-jsonstat2.json");
    assertEquals("JSON-stat 2.0", d.format());
    assertEquals("12367", d.tableId()); // extension.px.tableid
    assertEquals("Statistisk sentralbyrå", d.source());
    assertEquals("2021-06-13T22:00:00Z", d.updated());
    assertNull(d.language()); // no extension.px.language in this file
    assertEquals(
        List.of(
            "KOKkommuneregion0000",
            "KOKregnskapsomfa0000",
            "KOKfunksjon0000",
            "KOKart0000",
            "ContentsCode",
            "Tid"),
        ids(d));
    assertEquals(List.of(5, 2, 5, 5, 1, 5), sizes(d));
    assertEquals(List.of(O, O, O, O, M, T), roles(d));
    assertEquals(1250, d.size());
    assertEquals(Map.of(":", 85L, ".", 400L), d.missingBySymbol());
    assertEquals(new Unit("1000 kr", 0), unit(d, "ContentsCode", "KOSbelop0000"));
    // Tid skips 2018
    assertEquals(
        List.of("2015", "2016", "2017", "2019", "2020"),
        d.dimension("Tid").categories().stream().map(c -> c.code()).toList());
    assertEquals(2, d.dimension("KOKkommuneregion0000").position("3001"));
    // value[0] in the file: EAK, A, 100, AGD4, 2015
    assertEquals(1943974, value(d, "EAK", "A", "100", "AGD4", "KOSbelop0000", "2015"));
    // value[1249] in the file (the last): EKG17, B, FGK9, AGD28, 2020
    assertEquals(1249, d.index("EKG17", "B", "FGK9", "AGD28", "KOSbelop0000", "2020"));
    assertEquals(2127, d.values()[1249]);
    // value[737] is null with status["737"] = "." (3001 Halden, B, FGK9, AGD2, 2017)
    int halden = d.index("3001", "B", "FGK9", "AGD2", "KOSbelop0000", "2017");
    assertEquals(737, halden);
    assertTrue(Double.isNaN(d.values()[halden]));
    assertEquals(".", d.status()[halden]);
  }

  @Test
  void ssb12191KostraHealthWithThreeSymbols() throws Exception {
    Dataset d = parse("ssb/ssb-12191-kostra-kommunehelse-jsonstat2.json");
    assertEquals("12191", d.tableId());
    assertEquals(List.of("ContentsCode", "KOKkommuneregion0000", "Tid"), ids(d));
    assertEquals(List.of(5, 9, 3), sizes(d));
    assertEquals(List.of(M, O, T), roles(d));
    assertEquals(135, d.size());
    assertEquals(Map.of(".", 90L, ":", 1L, "..", 1L), d.missingBySymbol());
    assertEquals(new Unit("årsverk", 1), unit(d, "ContentsCode", "KOSergoaarsverk0000"));
    assertEquals(new Unit("ja=1, nei=0", 0), unit(d, "ContentsCode", "KOShfutilbudtxt0000"));
    // value[0] null, status "."; value[23] = 0 (KOSavtalehjemler0001, 3038, 2020)
    assertEquals(".", d.status()[0]);
    assertEquals(23, d.index("KOSavtalehjemler0001", "3038", "2020"));
    assertEquals(0, d.values()[23]);
    // value[134] = 1 (KOShfutilbudtxt0000, 3039, 2020)
    assertEquals(1, value(d, "KOShfutilbudtxt0000", "3039", "2020"));
  }

  @Test
  void ssb08655BuildingCostIndexMonthly() throws Exception {
    Dataset d = parse("ssb/ssb-08655-byggekostnadsindeks-jsonstat2.json");
    assertEquals("08655", d.tableId());
    assertEquals(List.of("Arbeidstype", "ContentsCode", "Tid"), ids(d));
    assertEquals(List.of(5, 3, 5), sizes(d));
    assertEquals(List.of(O, M, T), roles(d));
    assertEquals(75, d.size());
    assertEquals(Map.of("..", 25L), d.missingBySymbol());
    assertEquals(new Unit("prosent", 1), unit(d, "ContentsCode", "EndrForrMnd"));
    // value[0] = 20.4 (20, Byggindeks, 1978M01); value[34] = 117.3 (22, Byggindeks, 2021M10)
    assertEquals(20.4, value(d, "20", "Byggindeks", "1978M01"));
    assertEquals(34, d.index("22", "Byggindeks", "2021M10"));
    assertEquals(117.3, d.values()[34]);
    // value[74] = 11.4 (31, EndrForrAar, 2021M10)
    assertEquals(11.4, value(d, "31", "EndrForrAar", "2021M10"));
  }

  @Test
  void ssb07221HousePricesWithNotesAndLanguage() throws Exception {
    Dataset d = parse("ssb/ssb-07221-boligprisindeks-jsonstat2.json");
    assertEquals("2.0", d.format().substring("JSON-stat ".length()));
    assertEquals("07221", d.tableId());
    assertEquals("no", d.language()); // extension.px.language
    assertEquals(List.of("Region", "Boligtype", "ContentsCode", "Tid"), ids(d));
    assertEquals(List.of(12, 3, 1, 8), sizes(d));
    assertEquals(List.of(O, O, M, T), roles(d));
    assertEquals(288, d.size());
    assertEquals(Map.of("..", 24L), d.missingBySymbol());
    assertEquals(new Unit("indeks", 1), unit(d, "ContentsCode", "Boligindeks"));
    assertTrue(d.notes().stream().anyMatch(n -> n.startsWith(".. = Tallgrunnlag mangler")));
    // value[0] = 136.2 (TOTAL, 01, 2022K1); value[127] = 140.4 (005, 01, 2023K4)
    assertEquals(136.2, value(d, "TOTAL", "01", "Boligindeks", "2022K1"));
    assertEquals(127, d.index("005", "01", "Boligindeks", "2023K4"));
    assertEquals(140.4, d.values()[127]);
  }

  @Test
  void ssb13861GiniWithCategoryNote() throws Exception {
    Dataset d = parse("ssb/ssb-13861-lonn-gini-jsonstat2.json");
    assertEquals("13861", d.tableId());
    assertEquals(List.of("NACE2007", "ContentsCode", "Tid"), ids(d));
    assertEquals(List.of(4, 2, 7), sizes(d));
    assertEquals(56, d.size());
    assertEquals(Map.of(), d.missingBySymbol());
    assertEquals(new Unit("ginikoeffisient", 3), unit(d, "ContentsCode", "Ginikoeffisient"));
    assertTrue(
        d.dimension("ContentsCode").categories().get(0).note().startsWith("Gini-koeffisienten"));
    // value[0] = 0.205 (A-Z, Gini, 2016); value[34] = 0.233 (B, Gini, 2022)
    assertEquals(0.205, value(d, "A-Z", "Ginikoeffisient", "2016"));
    assertEquals(0.233, value(d, "B", "Ginikoeffisient", "2022"));
    assertEquals(2.3, value(d, "C", "P90P10", "2022")); // value[55]
  }

  @Test
  void ssbApiJsonStat1BundleWithStatusFirst() throws Exception {
    Dataset d = parse("ssb/ssb-api-jsonstat1-bundle.json");
    assertEquals("JSON-stat 1.x", d.format());
    assertEquals("Statistics Norway", d.source());
    assertEquals(List.of("Kjonn", "Alder", "ContentsCode", "Tid"), ids(d));
    assertEquals(List.of(3, 10, 6, 7), sizes(d));
    assertEquals(List.of(O, O, M, T), roles(d));
    assertEquals(1260, d.size());
    assertEquals(Map.of("..", 390L), d.missingBySymbol());
    assertEquals(new Unit("NOK", 0), unit(d, "ContentsCode", "Overtid"));
    // value[0] = 2036 (0, 999, Ansatte, 2002); value[618] = 326 (1, 35-39, BonusProv, 2004)
    assertEquals(2036, value(d, "0", "999", "Ansatte", "2002"));
    assertEquals(618, d.index("1", "35-39", "BonusProv", "2004"));
    assertEquals(326, d.values()[618]);
    // value[1259] null with status ".."
    assertEquals("..", d.status()[1259]);
    assertTrue(Double.isNaN(d.values()[1259]));
  }

  @Test
  void ssb1120SalmonBundleWithWeeksAndUnitBaseOnly() throws Exception {
    Dataset d = parse("ssb/ssb-dataset-1120-salmon-export-jsonstat1-bundle.json");
    assertEquals("JSON-stat 1.x", d.format());
    assertEquals(List.of("VareGrupper2", "Tid", "ContentsCode"), ids(d));
    assertEquals(List.of(2, 2, 2), sizes(d));
    assertEquals(List.of(O, T, M), roles(d));
    assertEquals(new Unit("tonnes", null), unit(d, "ContentsCode", "Vekt"));
    // value[0] = 14297, value[7] = 43.32 (02, 2014U31, Kilopris)
    assertEquals(14297, value(d, "01", "2014U30", "Vekt"));
    assertEquals(43.32, value(d, "02", "2014U31", "Kilopris"));
  }

  // --- SCB, Statistics Finland, Statistics Greenland ------------------------------------------

  @Test
  void scbTab6471PxWebApiV2() throws Exception {
    Dataset d = parse("scb/scb-TAB6471-folkmangd-manad-v2-jsonstat2.json");
    assertEquals("TAB6471", d.tableId());
    assertEquals("sv", d.language());
    assertEquals("SCB", d.source());
    assertEquals(List.of("Region", "Alder", "Kon", "ContentsCode", "Tid"), ids(d));
    assertEquals(List.of(21, 11, 3, 1, 4), sizes(d));
    assertEquals(List.of(O, O, O, M, T), roles(d));
    assertEquals(2772, d.size());
    assertEquals(Map.of(), d.missingBySymbol());
    assertEquals(new Unit("antal", 0), unit(d, "ContentsCode", "000007SF"));
    assertTrue(d.notes().get(0).startsWith("Från och med referensåret 2025"));
    // value[0] = 245284; value[1681] = 20478 (17, 80-89, TotSa, 2026M02); value[2771] = 54
    assertEquals(245284, value(d, "01", "0-9", "TotSa", "000007SF", "2026M01"));
    assertEquals(1681, d.index("17", "80-89", "TotSa", "000007SF", "2026M02"));
    assertEquals(20478, d.values()[1681]);
    assertEquals(54, value(d, "25", "100+10", "2", "000007SF", "2026M04"));
  }

  @Test
  void scbMedianIncomeKeepsTheMalformedUpdatedAsWritten() throws Exception {
    Dataset d = parse("scb/scb-median-income-jsonstat2-malformed-updated.json");
    assertEquals("TAB3554", d.tableId());
    assertEquals("2024-01-12T05: 52: 00Z", d.updated());
    assertEquals(List.of("Kon", "Alder", "ContentsCode", "Tid"), ids(d));
    assertEquals(List.of(3, 1, 1, 3), sizes(d));
    assertEquals(new Unit("tkr", 1), unit(d, "ContentsCode", "HE0110J8"));
    // value[0] = 332.8 (1, 2020); value[8] = 316.6 (1+2, 2022)
    assertEquals(332.8, value(d, "1", "tot16+", "HE0110J8", "2020"));
    assertEquals(316.6, value(d, "1+2", "tot16+", "HE0110J8", "2022"));
  }

  @Test
  void scbHs0301CompactBundle() throws Exception {
    Dataset d = parse("scb/scb-HS0301-deaths-by-cause-jsonstat1-bundle.json");
    assertEquals("JSON-stat 1.x", d.format());
    assertEquals("Socialstyrelsen (SoS)", d.source());
    assertEquals(List.of("Region", "Dodsorsak", "Alder", "Kon", "ContentsCode", "Tid"), ids(d));
    assertEquals(List.of(1, 1, 20, 2, 1, 28), sizes(d));
    assertEquals(List.of(O, O, O, O, M, T), roles(d));
    assertEquals(1120, d.size());
    assertEquals(Map.of(), d.missingBySymbol());
    assertEquals(new Unit("antal", null), unit(d, "ContentsCode", "HS0301A1"));
    // value[1015] = 71 (85-89, men, 1976); value[1119] = 137 (90+, women, 1996)
    assertEquals(1015, d.index("25", "23-28", "85-89", "1", "HS0301A1", "1976"));
    assertEquals(71, d.values()[1015]);
    assertEquals(137, value(d, "25", "23-28", "90+", "2", "HS0301A1", "1996"));
  }

  @Test
  void statfiVaerakSwedishLabelsNonAsciiId() throws Exception {
    Dataset d = parse("statfi/statfin-vaerak-befolkning-jsonstat2-sv.json");
    assertEquals("statfin_vaerak_pxt_11rc", d.tableId());
    assertEquals(List.of("Vuosi", "Sukupuoli", "Ikä", "Tiedot"), ids(d));
    assertEquals(List.of(3, 3, 10, 1), sizes(d));
    assertEquals(List.of(T, O, O, M), roles(d));
    assertEquals(new Unit("Antal", 0), unit(d, "Tiedot", "vaesto"));
    // value[0] = 308410 (2020, SSS, 20-24); value[12] = 183434 (2020, 1, 30-34)
    assertEquals(308410, value(d, "2020", "SSS", "20-24", "vaesto"));
    assertEquals(183434, value(d, "2020", "1", "30-34", "vaesto"));
    assertEquals(181956, d.values()[89]); // value[89], the last
  }

  @Test
  void statfiPxApiArrayIndexAndGeoRole() throws Exception {
    Dataset d = parse("statfi/statfin-11s5-population-by-municipality-pxapi-jsonstat2.json");
    assertNull(d.tableId()); // no extension.px here
    assertEquals("2025-05-28T08:00:00", d.updated());
    assertEquals(List.of("alue", "kuukausi", "tiedot"), ids(d));
    assertEquals(List.of(308, 1, 1), sizes(d));
    assertEquals(List.of(G, T, M), roles(d));
    assertEquals(new Unit("Number", 0), unit(d, "tiedot", "vaesto_kuukausi"));
    assertEquals(
        "Population at the end of the reference period.",
        d.dimension("tiedot").categories().get(0).note());
    // index is an array: KU020 first, KU992 last; value[119] = 4093 (KU316)
    assertEquals("KU020", d.dimension("alue").categories().get(0).code());
    assertEquals(16387, value(d, "KU020", "2024M12", "vaesto_kuukausi"));
    assertEquals(4093, value(d, "KU316", "2024M12", "vaesto_kuukausi"));
    assertEquals(17740, d.values()[307]);
  }

  @Test
  void statglOnlyTimeRoleAndAnExtraDimensionOutsideId() throws Exception {
    Dataset d = parse("statgl/statgl-education-employment-jsonstat2.json");
    assertEquals("en", d.language());
    // dimension.ContentsCode exists in the file but id does not list it: not a dimension
    assertEquals(List.of("HFU", "alder", "registrering", "aar"), ids(d));
    assertEquals(List.of(2, 6, 3, 3), sizes(d));
    assertEquals(List.of(O, O, O, T), roles(d));
    assertEquals(108, d.size());
    assertEquals(Map.of("-", 11L), d.missingBySymbol());
    // the note keeps the literal backslash-r backslash-n of "\\r\\n"
    assertTrue(d.notes().get(0).contains("www.stat.gl \\r\\nPersons"));
    // value[78] = 270 (4, 22, 5, 2020); value[107] = 302
    assertEquals(78, d.index("4", "22", "5", "2020"));
    assertEquals(270, d.values()[78]);
    assertEquals(302, value(d, "4", "25", "5", "2022"));
  }

  // --- json-stat.org samples ------------------------------------------------------------------

  @Test
  void oecdStatusObjectAndCategoryNote() throws Exception {
    Dataset d = parse("jsonstat-org/oecd.json");
    assertEquals(List.of("concept", "area", "year"), ids(d));
    assertEquals(List.of(1, 36, 12), sizes(d));
    assertEquals(List.of(M, G, T), roles(d));
    assertEquals(Map.of(), d.missingBySymbol());
    assertEquals(72, java.util.Arrays.stream(d.status()).filter("e"::equals).count());
    assertEquals(new Unit("%", 9), unit(d, "concept", "UNR"));
    Dimension area = d.dimension("area");
    assertTrue(area.categories().get(area.position("DE")).note().startsWith("Germany (code DE)"));
    assertTrue(d.notes().stream().anyMatch(n -> n.startsWith("OECD countries, EU15 and total: ")));
    // value[0] = 5.943826289 (UNR, AU, 2003); value[431] = 8.004598637, status "e"
    assertEquals(5.943826289, value(d, "UNR", "AU", "2003"));
    assertEquals(8.004598637, d.values()[431]);
    assertEquals("e", d.status()[431]);
    assertNull(d.status()[0]);
    assertEquals(10.76358386, value(d, "UNR", "HU", "2014")); // value[155]
  }

  @Test
  void canadaStatusArrayOfOneAndLabelOnlyDimension() throws Exception {
    Dataset d = parse("jsonstat-org/canada.json");
    assertEquals(List.of("country", "year", "age", "concept", "sex"), ids(d));
    assertEquals(List.of(1, 1, 20, 2, 3), sizes(d));
    assertEquals(List.of(G, T, O, M, O), roles(d));
    assertTrue(java.util.Arrays.stream(d.status()).allMatch("a"::equals)); // ["a"]
    assertEquals(new Unit("thousands of persons", 1), unit(d, "concept", "POP"));
    assertEquals("Canada", d.dimension("country").categories().get(0).label()); // no index
    // value[57] = 6.8 (44, PERCENT, T); value[119] = 1.0
    assertEquals(57, d.index("CA", "2012", "44", "PERCENT", "T"));
    assertEquals(6.8, d.values()[57]);
    assertEquals(34880.5, value(d, "CA", "2012", "T", "POP", "T"));
  }

  @Test
  void galiciaFourNullsAndTwoGeoDimensions() throws Exception {
    Dataset d = parse("jsonstat-org/galicia.json");
    assertEquals(List.of("birth", "age", "gender", "time", "residence", "concept"), ids(d));
    assertEquals(List.of(6, 22, 3, 2, 5, 1), sizes(d));
    assertEquals(List.of(G, O, O, T, G, M), roles(d));
    assertEquals(3960, d.size());
    assertEquals(Map.of("", 4L), d.missingBySymbol());
    // value[416] = 36826 (T, 60, F, 2011, 15); value[2432] = 883 (G, 70, T, 2001, 27)
    assertEquals(36826, value(d, "T", "60", "F", "2011", "15", "pop"));
    assertEquals(883, value(d, "G", "70", "T", "2001", "27", "pop"));
    assertEquals(2695880, d.values()[0]);
  }

  @Test
  void usGspAndUsUnr() throws Exception {
    Dataset gsp = parse("jsonstat-org/us-gsp.json");
    assertEquals(List.of(1, 51, 4), sizes(gsp));
    assertEquals(List.of(T, G, M), roles(gsp));
    assertEquals(new Unit("million", 0), unit(gsp, "concept", "gsp"));
    assertEquals(new Unit("%", 2), unit(gsp, "concept", "perc")); // symbol only
    assertEquals(174400, gsp.values()[0]);
    assertEquals(0.46, value(gsp, "2013", "54", "perc")); // value[193]
    assertEquals(63667, gsp.values()[203]);

    Dataset unr = parse("jsonstat-org/us-unr.json");
    assertEquals(List.of("year", "county", "labor"), ids(unr));
    assertEquals(List.of(1, 3220, 1), sizes(unr));
    assertEquals("2012", unr.dimension("year").categories().get(0).code()); // label only
    assertEquals(new Unit("Per cent", 1), unit(unr, "labor", "unr"));
    assertEquals(11.3, value(unr, "2012", "17145", "unr")); // value[666]
    assertEquals(15.8, unr.values()[3219]);
  }

  @Test
  void hierarchySparseValueWithOneNull() throws Exception {
    Dataset d = parse("jsonstat-org/hierarchy.json");
    assertEquals(List.of("commodity"), ids(d));
    assertEquals(132, d.size());
    assertEquals(List.of(O), roles(d));
    assertEquals(Map.of("", 132L), d.missingBySymbol()); // {"0": null}, the rest absent
    assertEquals("11.2.2", d.dimension("commodity").categories().get(131).code());
  }

  @Test
  void orderHasTextValuesAndIsRefused() {
    ImportException e =
        assertThrows(ImportException.class, () -> parseAll("jsonstat-org/order.json"));
    assertEquals("cell 0: value \"A1B1C1\" is not a number", e.problem());
    assertTrue(e.location().endsWith("key value[0]"), e.location());
  }

  @Test
  void collectionOfLinksOnlyIsRefused() {
    ImportException e =
        assertThrows(ImportException.class, () -> parseAll("jsonstat-org/collection.json"));
    assertEquals("the collection holds only links to datasets (8), no data", e.problem());
  }

  @Test
  void collectionWithEmbeddedDatasets() throws Exception {
    List<Dataset> all = parseAll("jsonstat-org/oecd-canada-col.json");
    assertEquals(2, all.size());
    assertEquals(List.of("concept", "area", "year"), ids(all.get(0)));
    assertEquals(432, all.get(0).size());
    assertEquals(List.of("country", "year", "age", "concept", "sex"), ids(all.get(1)));
    assertEquals(120, all.get(1).size());
    assertEquals(5.943826289, all.get(0).values()[0]);
    assertEquals(1331.2, value(all.get(1), "CA", "2012", "49", "POP", "F")); // value[62]
  }

  @Test
  void jsonStat1BundleOfTwoInFileOrder() throws Exception {
    List<Dataset> all = parseAll("jsonstat-org/oecd-canada-jsonstat1-bundle.json");
    assertEquals(2, all.size());
    assertEquals(List.of(1, 36, 12), sizes(all.get(0)));
    assertEquals(List.of(1, 1, 20, 2, 3), sizes(all.get(1)));
    assertEquals("JSON-stat 1.x", all.get(0).format());
    assertEquals(new Unit("Per cent", null), unit(all.get(0), "concept", "UNR")); // base
    assertEquals(7.953121271, value(all.get(0), "UNR", "OECD", "2011")); // value[428]
    assertEquals(5.6, value(all.get(1), "CA", "2012", "14", "PERCENT", "M")); // value[22]
  }

  // --- key order, status forms -----------------------------------------------------------------

  private static final String DIMS =
      """
      "dimension": {
        "a": {"label": "A", "category": {"index": ["x", "y"]}},
        "b": {"category": {"index": {"p": 0, "q": 1, "r": 2}, "label": {"p": "P"}}}
      }""";

  static String dataset(String members) {
    return "{\"class\": \"dataset\", \"id\": [\"a\", \"b\"], \"size\": [2, 3],\n"
        + DIMS
        + ",\n"
        + members
        + "}";
  }

  @Test
  void valueAndStatusBeforeIdSizeAndDimension() throws Exception {
    Dataset d =
        parseText(
                "{\"value\": [1, 2.5, null, 4e2, -5, 6], \"status\": {\"2\": \"..\"},\n"
                    + DIMS
                    + ", \"size\": [2, 3], \"id\": [\"a\", \"b\"], \"class\": \"dataset\"}")
            .get(0);
    assertEquals(List.of("a", "b"), ids(d));
    assertEquals("A", d.dimension("a").label());
    assertEquals("P", d.dimension("b").categories().get(0).label());
    assertEquals("q", d.dimension("b").categories().get(1).label()); // no label: the code
    assertEquals(2.5, value(d, "x", "q"));
    assertEquals(400, value(d, "y", "p"));
    assertEquals(-5, value(d, "y", "q"));
    assertEquals(Map.of("..", 1L), d.missingBySymbol());
    assertEquals("..", d.status()[d.index("x", "r")]);
  }

  @Test
  void statusAsStringArrayAndObject() throws Exception {
    String values = "\"value\": [1, null, 3, 4, 5, 6], ";
    Dataset all = parseText(dataset(values + "\"status\": \"p\"")).get(0);
    assertTrue(java.util.Arrays.stream(all.status()).allMatch("p"::equals));
    Dataset one = parseText(dataset(values + "\"status\": [\"e\"]")).get(0);
    assertTrue(java.util.Arrays.stream(one.status()).allMatch("e"::equals));
    Dataset each =
        parseText(dataset(values + "\"status\": [null, \"..\", null, null, \"e\", null]")).get(0);
    assertEquals(
        java.util.Arrays.asList(null, "..", null, null, "e", null),
        java.util.Arrays.asList(each.status()));
    assertEquals(Map.of("..", 1L), each.missingBySymbol());
    Dataset keyed = parseText(dataset(values + "\"status\": {\"1\": \":\", \"5\": \"e\"}")).get(0);
    assertEquals(":", keyed.status()[1]);
    assertEquals("e", keyed.status()[5]);
    assertNull(keyed.status()[0]);
    ImportException wrong = refused(dataset(values + "\"status\": [\"a\", \"b\"]"));
    assertEquals("status has 2 entries; it needs 1 or one per cell (6)", wrong.problem());
  }

  @Test
  void sparseValueObject() throws Exception {
    Dataset d = parseText(dataset("\"value\": {\"0\": 1.5, \"5\": 6, \"3\": null}")).get(0);
    assertEquals(1.5, d.values()[0]);
    assertEquals(6, d.values()[5]);
    assertEquals(Map.of("", 4L), d.missingBySymbol());
  }

  // --- refusals -----------------------------------------------------------------------------

  @Test
  void truncatedFileIsRefusedWithLineAndColumn() {
    ImportException e = refused("{\"class\": \"dataset\",\n \"value\": [1, 2,\n 3");
    assertEquals("the file ends before the JSON is complete", e.problem());
    assertEquals("line 3, end of file, key value[2]", e.location());
  }

  @Test
  void trailingGarbageIsRefused() {
    ImportException e = refused(dataset("\"value\": [1, 2, 3, 4, 5, 6]") + "\n x");
    assertTrue(e.problem().startsWith("malformed JSON"), e.problem());
    assertTrue(e.location().startsWith("line 7, column "), e.location());
  }

  @Test
  void sizeNotMatchingIdIsRefused() {
    ImportException e =
        refused(dataset("\"value\": [1, 2, 3, 4, 5, 6]").replace("[2, 3]", "[2, 3, 1]"));
    assertEquals("size has 3 entries but id names 2 dimensions", e.problem());
    assertTrue(e.location().startsWith("line 1, column "), e.location());
    assertTrue(e.location().endsWith("key size"), e.location());
  }

  @Test
  void sizeNotMatchingTheCategoriesIsRefused() {
    ImportException e =
        refused(dataset("\"value\": [1, 2, 3, 4, 5, 6, 7, 8]").replace("[2, 3]", "[2, 4]"));
    assertEquals("dimension b has 3 categories but size says 4", e.problem());
    assertTrue(e.location().matches("line 4, column \\d+, key dimension.b.category"), e.location());
  }

  @Test
  void indexPositionOutOfRangeOrTwiceIsRefused() {
    ImportException out =
        refused(dataset("\"value\": [1, 2, 3, 4, 5, 6]").replace("\"r\": 2", "\"r\": 3"));
    assertEquals("index position 3 of category \"r\" is out of range (0 to 2)", out.problem());
    assertTrue(
        out.location().matches("line 4, column \\d+, key dimension.b.category.index"),
        out.location());
    ImportException twice =
        refused(dataset("\"value\": [1, 2, 3, 4, 5, 6]").replace("\"r\": 2", "\"r\": 1"));
    assertEquals("index position 1 is given to both \"q\" and \"r\"", twice.problem());
  }

  @Test
  void moreValuesThanCellsIsRefused() {
    ImportException e = refused(dataset("\"value\": [1, 2, 3, 4, 5, 6, 7]"));
    assertEquals("there are more values than the 6 cells that size gives", e.problem());
    assertTrue(e.location().endsWith("key value[6]"), e.location());
    ImportException fewer = refused(dataset("\"value\": [1, 2, 3]"));
    assertEquals("value has 3 entries but the dataset has 6 cells", fewer.problem());
  }

  @Test
  void sparseKeyThatIsNotACellIndexIsRefused() {
    ImportException out = refused(dataset("\"value\": {\"0\": 1, \"6\": 2}"));
    assertEquals("cell index 6 is out of range: the dataset has 6 cells", out.problem());
    assertTrue(out.location().matches("line 6, column \\d+, key value.6"), out.location());
    ImportException text = refused(dataset("\"value\": {\"x1\": 1}"));
    assertEquals("key \"x1\" is not a cell index", text.problem());
    ImportException negative = refused(dataset("\"value\": {\"-1\": 1}"));
    assertEquals("key \"-1\" is not a cell index", negative.problem());
    // value before size: checked once the size is known
    ImportException late =
        refused("{\"value\": {\"9\": 1}, " + dataset("").substring(1).replace(",\n}", "}"));
    assertEquals("value: cell index 9 is out of range: the dataset has 6 cells", late.problem());
  }

  @Test
  void textValueIsRefusedNamingTheCell() {
    ImportException e = refused(dataset("\"value\": [1, 2, 3, \"A1B1C1\", 5, 6]"));
    assertEquals("cell 3: value \"A1B1C1\" is not a number", e.problem());
    assertTrue(e.location().matches("line 6, column \\d+, key value\\[3\\]"), e.location());
  }

  @Test
  void tooManyCellsIsRefusedBeforeAllocating() {
    ImportException e =
        refused(
            "{\"class\": \"dataset\", \"id\": [\"a\", \"b\", \"c\"],"
                + " \"size\": [1000, 1000, 6], \"value\": []}");
    assertEquals("the sizes make more than 5000000 cells, the limit", e.problem());
    assertTrue(e.location().endsWith("key size[2]"), e.location());
  }

  @Test
  void deepNestingIsRefused() {
    String deep = "{\"class\": \"dataset\", \"extension\": " + "[".repeat(100_000);
    ImportException e = refused(deep);
    assertEquals("the JSON is nested deeper than 64 levels", e.problem());
    assertTrue(e.location().startsWith("line 1, column "), e.location());
  }

  @Test
  void unknownClassIsRefused() {
    ImportException e = refused("{\"version\": \"2.0\", \"class\": \"dimension\"}");
    assertEquals(
        "unknown class \"dimension\": expected dataset, collection or (1.x) bundle", e.problem());
    assertTrue(e.location().endsWith("key class"), e.location());
  }

  @Test
  void dimensionMissingFromDimensionObjectIsRefused() {
    ImportException e =
        refused(
            "{\"class\": \"dataset\", \"id\": [\"a\"], \"size\": [1], \"dimension\": {},"
                + " \"value\": [1]}");
    assertEquals("dimension a is listed in id but has no entry in dimension", e.problem());
  }

  @Test
  void fileOverTheByteLimitIsRefused() {
    byte[] json = dataset("\"value\": [1, 2, 3, 4, 5, 6]").getBytes(StandardCharsets.UTF_8);
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> new JsonStatParser(100).parse("big.json", new ByteArrayInputStream(json), null));
    assertEquals("the file is larger than 0 MB", e.problem());
  }

  @Test
  void unknownMembersAreSkipped() throws Exception {
    Dataset d =
        parseText(
                dataset(
                    "\"href\": \"x\", \"error\": [{\"a\": {\"b\": [1, \"x\"]}}],"
                        + " \"value\": [1, 2, 3, 4, 5, 6], \"extension\": {\"px\":"
                        + " {\"tableid\": \"T1\", \"other\": [[]]}}"))
            .get(0);
    assertEquals("T1", d.tableId());
    assertEquals(6, d.values()[5]);
  }
}
