package org.barometer.statistics.application.importer.px;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.Dimension;
import org.barometer.statistics.application.importer.DimensionRole;
import org.barometer.statistics.application.importer.ImportException;
import org.junit.jupiter.api.Test;

/**
 * Every PX fixture of /work/shared/data/official-stats (copied byte-identical). Counts come from
 * SOURCES.md and were checked with a separate python tokenizer of the DATA section; the expected
 * cell values were read from the raw DATA rows (row = stub combination, column = heading
 * combination), not from this parser's output.
 */
class PxParserTest {

  private static final String SCB = "/official-stats/scb/";

  static Dataset parse(String resource, String language) throws Exception {
    try (InputStream in = PxParserTest.class.getResourceAsStream(resource)) {
      assertTrue(in != null, resource);
      List<Dataset> all = new PxParser().parse(resource, in, language);
      assertEquals(1, all.size());
      return all.get(0);
    }
  }

  static Dataset parseText(String text) throws ImportException {
    return new PxParser()
        .parse("inline.px", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null)
        .get(0);
  }

  static List<Integer> sizes(Dataset d) {
    return d.dimensions().stream().map(x -> x.categories().size()).toList();
  }

  static List<DimensionRole> roles(Dataset d) {
    return d.dimensions().stream().map(Dimension::role).toList();
  }

  // --- SCB -----------------------------------------------------------------------------------

  @Test
  void tab005LandUseInEnglishAndSwedish() throws Exception {
    Dataset en = parse(SCB + "scb-TAB005-land-use-by-municipality-2lang.px", "en");
    assertEquals("TAB005", en.tableId());
    assertEquals("en", en.language());
    assertEquals(6402, en.size());
    assertEquals(List.of(291, 11, 1, 2), sizes(en));
    assertEquals(Map.of("..", 107L), en.missingBySymbol());
    assertEquals(
        List.of("REGION", "LANDUSECLASS", "ContentsCode", "TIME"),
        en.dimensions().stream().map(Dimension::id).toList());
    assertEquals(
        List.of(DimensionRole.GEO, DimensionRole.OTHER, DimensionRole.METRIC, DimensionRole.TIME),
        roles(en));
    assertEquals("hectares", en.dimensions().get(2).categories().get(0).unit().label());
    assertEquals(0, en.dimensions().get(2).categories().get(0).unit().decimals());
    // DATA row 1 (Sweden "00", arable land "11"): 2633457 2590052
    assertEquals(2633457, en.values()[en.index("00", "11", "Landuse", "2010")]);
    assertEquals(2590052, en.values()[en.index("00", "11", "Landuse", "2015")]);
    // last row (Kiruna 2584, total land area 911): 1914033 1915537
    assertEquals(1915537, en.values()[en.index("2584", "911", "Landuse", "2015")]);
    // token 122 (row 62, column 1) is the first "..": Järfälla 0123, pits/quarries/mines 3227
    int firstMissing = en.index("0123", "3227", "Landuse", "2010");
    assertEquals(122, firstMissing);
    assertTrue(Double.isNaN(en.values()[firstMissing]));
    assertEquals("..", en.status()[firstMissing]);
    assertEquals("Sweden", en.dimensions().get(0).categories().get(0).label());
    assertEquals("Järfälla", en.dimensions().get(0).categories().get(5).label());
    // no table LAST-UPDATED: the latest per-content LAST-UPDATED
    assertEquals("20230525 15:42", en.updated());

    Dataset sv = parse(SCB + "scb-TAB005-land-use-by-municipality-2lang.px", "sv");
    assertEquals("sv", sv.language());
    assertEquals("Riket", sv.dimensions().get(0).categories().get(0).label());
    assertEquals("Österåker", sv.dimensions().get(0).categories().get(3).label());
    assertEquals("0117", sv.dimensions().get(0).categories().get(3).code());
    assertEquals("markanvändning", sv.dimensions().get(1).label());
    assertEquals("åkermark", sv.dimensions().get(1).categories().get(0).label());
    assertEquals("Statistikmyndigheten", sv.source());
    assertEquals("20230831 15:42", sv.updated());
    assertEquals("Hektar", sv.dimensions().get(2).categories().get(0).unit().label());
    assertTrue(sv.title().startsWith("Markanvändningen i Sverige"));
    // same cells, same codes in both languages
    assertEquals(en.dimensions().get(0).id(), sv.dimensions().get(0).id());
    assertEquals(2633457, sv.values()[sv.index("00", "11", "Landuse", "2010")]);

    // a language the file does not have: the default (en)
    assertEquals(
        "en", parse(SCB + "scb-TAB005-land-use-by-municipality-2lang.px", "nb").language());
  }

  @Test
  void be0101d1LiveBirthsWithoutCodepageOrFinalSemicolon() throws Exception {
    Dataset d = parse(SCB + "scb-BE0101D1-live-births-by-municipality.px", null);
    assertEquals(46176, d.size());
    // region 312, maternal age 37, year 2, gender 2, and the implicit measure (no CONTVARIABLE)
    assertEquals(List.of(312, 37, 2, 2, 1), sizes(d));
    assertEquals(Map.of(), d.missingBySymbol());
    assertEquals(DimensionRole.GEO, d.dimensions().get(0).role()); // MAP("region")
    assertEquals(DimensionRole.TIME, d.dimensions().get(2).role());
    assertEquals(DimensionRole.METRIC, d.dimensions().get(4).role());
    assertEquals("BE0101D1", d.dimensions().get(4).categories().get(0).code());
    assertEquals("quantity", d.dimensions().get(4).categories().get(0).unit().label());
    // CHARSET="ANSI", no CODEPAGE: Windows-1252
    assertEquals("0114 Upplands Väsby", d.dimensions().get(0).categories().get(2).label());
    // DATA row 1 (00, -14): 1 1 1 1; last row (2584 Kiruna, total): 125 103 108 109
    assertEquals(1, d.values()[d.index("00", "-14", "2002", "1", "BE0101D1")]);
    assertEquals(125, d.values()[d.index("2584", "tot", "2002", "1", "BE0101D1")]);
    assertEquals(109, d.values()[d.index("2584", "tot", "2003", "2", "BE0101D1")]);
  }

  @Test
  void be0101f1ThreeLanguagesWithDifferentVariableNames() throws Exception {
    String file = SCB + "scb-BE0101F1-migration-3lang-en-sv-fi.px";
    Dataset en = parse(file, null);
    assertEquals("en", en.language());
    assertEquals(48, en.size());
    assertEquals(List.of(4, 3, 1, 2, 2), sizes(en));
    assertEquals(Map.of(), en.missingBySymbol());
    assertEquals(
        List.of(
            DimensionRole.GEO,
            DimensionRole.OTHER,
            DimensionRole.TIME,
            DimensionRole.METRIC,
            DimensionRole.OTHER),
        roles(en));
    // row 1 (00, 20): 456 938 223 327 = Inmigrated men, women, Outmigrated men, women
    assertEquals(938, en.values()[en.index("00", "20", "2003", "BE0101F1", "2")]);
    assertEquals(223, en.values()[en.index("00", "20", "2003", "BE0101F2", "1")]);
    // CELLNOTEX("*","20","*","Inmigrated","*"): 4 regions x 1 x 2 sexes = 8 cells
    assertEquals(8, en.cellNotes().size());
    assertEquals(
        "Cellnote inmigrated 20 years",
        en.cellNotes().get(en.index("0115", "20", "2003", "BE0101F1", "2")));
    assertEquals("Request value note for inmigrated", lastLine(note(en, 3, 0)));

    Dataset fi = parse(file, "fi");
    assertEquals("fi", fi.language());
    assertEquals("kunta", fi.dimensions().get(0).label());
    assertEquals("region", fi.dimensions().get(0).id()); // the default-language name
    assertEquals("Ruotsi", fi.dimensions().get(0).categories().get(0).label());
    assertEquals("00", fi.dimensions().get(0).categories().get(0).code());
    assertEquals("Lähtömuutto", fi.dimensions().get(3).categories().get(1).label());
    assertEquals(DimensionRole.METRIC, fi.dimensions().get(3).role());
    assertEquals("henkilö", fi.dimensions().get(3).categories().get(1).unit().label());
    assertEquals("SCB", fi.source());
    // fi has CELLNOTEX on Tulomuutto and CELLNOTE on Lähtömuutto, each 8 cells
    assertEquals(16, fi.cellNotes().size());
    assertEquals(
        "Cellnot suomalainen alaviite, lähtömuuto, 20.",
        fi.cellNotes().get(fi.index("00", "20", "2003", "BE0101F2", "1")));
    assertEquals(938, fi.values()[fi.index("00", "20", "2003", "BE0101F1", "2")]);

    Dataset sv = parse(file, "sv");
    assertEquals("Flyttningar efter region, ålder, tid, typ och kön", sv.title());
    assertEquals("ålder", sv.dimensions().get(1).label());
    assertEquals("kvinnor", sv.dimensions().get(4).categories().get(1).label());
  }

  private static String note(Dataset d, int dimension, int category) {
    return d.dimensions().get(dimension).categories().get(category).note();
  }

  private static String lastLine(String text) {
    return text.substring(text.lastIndexOf('\n') + 1);
  }

  @Test
  void be0101f1OfficialStatisticsTwoLanguages() throws Exception {
    Dataset d = parse(SCB + "scb-BE0101F1-migration-2lang-en-sv-officialstatistics.px", "sv");
    assertEquals("sv", d.language());
    assertEquals(48, d.size());
    assertEquals(List.of(4, 3, 1, 2, 2), sizes(d));
    assertEquals(Map.of(".", 1L, "..", 1L), d.missingBySymbol());
    // row 1 (00, 20): 456 "." 223 327; row 2 (00, 21): 613 ".." 305 464
    assertEquals(456, d.values()[d.index("00", "20", "2003", "BE0101F1", "1")]);
    assertEquals(".", d.status()[d.index("00", "20", "2003", "BE0101F1", "2")]);
    assertEquals("..", d.status()[d.index("00", "21", "2003", "BE0101F1", "2")]);
    assertNull(d.status()[d.index("00", "21", "2003", "BE0101F1", "1")]);
  }

  @Test
  void be0101f1EveryMissingValueSymbol() throws Exception {
    Dataset d = parse(SCB + "scb-BE0101F1-migration-missing-value-symbols.px", null);
    assertEquals(48, d.size());
    assertEquals(
        Map.of("-", 8L, ".", 2L, "..", 2L, "...", 2L, "....", 1L, "......", 1L),
        d.missingBySymbol());
    // row 1 (00, 20): "-" "." ".." "..."
    assertEquals("-", d.status()[0]);
    assertTrue(Double.isNaN(d.values()[0])); // nil is kept as missing with status "-"
    assertEquals("...", d.status()[d.index("00", "20", "2003", "BE0101F2", "2")]);
    // row 4 (01, 20): "." ".." "..." "...."
    assertEquals("....", d.status()[d.index("01", "20", "2003", "BE0101F2", "2")]);
    // row 6 (01, 22): 924 "......" 672 906
    assertEquals(924, d.values()[d.index("01", "22", "2003", "BE0101F1", "1")]);
    assertEquals("......", d.status()[d.index("01", "22", "2003", "BE0101F1", "2")]);
    assertTrue(d.notes().contains("\"..\" = unknown"), d.notes().toString());
    assertTrue(d.notes().contains("\"-\" = nothing"), d.notes().toString());
  }

  @Test
  void pr0101b3CpiMonthlyWithHierarchy() throws Exception {
    Dataset en = parse(SCB + "scb-PR0101B3-cpi-2lang-hierarchy.px", "en");
    assertEquals(726, en.size());
    assertEquals(List.of(66, 11, 1), sizes(en));
    assertEquals(Map.of("..", 42L), en.missingBySymbol());
    // the TITLE is split over two quoted lines, "...and" + "period": PX joins them as written
    // (other files split mid-word, "Sö" + "dertälje"), so the file's missing space stays missing
    assertEquals(
        "Consumer Price Index (CPI) (by COICOP), 1980=100 by Product group andperiod", en.title());
    Dimension period = en.dimensions().get(1);
    assertEquals(DimensionRole.TIME, period.role());
    // TIMEVAL says "200508"; the category code stays the VALUES text "2005M08"
    assertEquals("2005M08", period.categories().get(0).code());
    assertEquals(2, en.dimensions().get(2).categories().get(0).unit().decimals());
    assertEquals("Index", en.dimensions().get(2).categories().get(0).unit().label());
    // DATA row 1 ("tot"): 279.95 ... 284.68; row 55 ("09.6" Package holidays) is all ".."
    assertEquals(279.95, en.values()[en.index("tot", "2005M08", "PR0101B3")]);
    assertEquals(284.68, en.values()[en.index("tot", "2006M06", "PR0101B3")]);
    assertEquals("..", en.status()[en.index("09.6", "2005M08", "PR0101B3")]);
    // last row (12.7): ... 593.05
    assertEquals(593.05, en.values()[en.index("12.7", "2006M06", "PR0101B3")]);

    Dataset sv = parse(SCB + "scb-PR0101B3-cpi-2lang-hierarchy.px", "sv");
    assertEquals("varu-/tjänstegrupp", sv.dimensions().get(0).label());
    assertEquals(
        "01.1.1 Bröd och övriga spannmålsprodukter",
        sv.dimensions().get(0).categories().get(3).label());
  }

  @Test
  void be0101a1Windows1252() throws Exception {
    Dataset d = parse(SCB + "scb-BE0101A1-population-windows1252.px", null);
    assertEquals(432, d.size());
    assertEquals(List.of(9, 4, 2, 2, 3, 1), sizes(d));
    assertEquals(Map.of(), d.missingBySymbol());
    assertEquals("04 Södermanland county", d.dimensions().get(0).categories().get(2).label());
    assertEquals("ÄNKL", d.dimensions().get(1).categories().get(2).code());
    assertEquals("$$SORT", d.dimensions().get(4).id());
    assertEquals("20060209 15:20", d.updated());
    // row 1 (01, single, men): 522028.00 56.79 99.81 528282.00 56.90 100.00
    assertEquals(56.79, d.values()[d.index("01", "OG", "1", "2004", "Per cent", "BE0101A1")]);
    assertEquals(528282, d.values()[d.index("01", "OG", "1", "2005", "Number", "BE0101A1")]);
  }

  // --- SSB -----------------------------------------------------------------------------------

  @Test
  void ssb08811ForeignTradeWithDataNoteCells() throws Exception {
    Dataset d = parse("/official-stats/ssb/ssb-utenrikshandel-transmengde-datanotecell.px", "nb");
    assertEquals("08811", d.tableId());
    assertEquals("no", d.language()); // nb is not in the file: its default
    assertEquals(27300, d.size());
    assertEquals(List.of(2, 65, 15, 1, 14), sizes(d));
    assertEquals(Map.of(), d.missingBySymbol());
    assertEquals(DimensionRole.TIME, d.dimensions().get(4).role());
    assertEquals(DimensionRole.METRIC, d.dimensions().get(3).role());
    assertEquals("-", d.dimensions().get(1).categories().get(0).code()); // SITC total
    assertEquals("transportmåte", d.dimensions().get(2).label());
    assertEquals("Statistisk sentralbyrå", d.source());
    // 6,760 DATANOTECELL entries, one distinct cell each
    assertEquals(6760, d.cellNotes().size());
    int noted = d.index("1", "22", "16", "Transmengde", "2015K4");
    assertEquals("*", d.cellNotes().get(noted));
    // that cell is DATA row 215 (import, SITC 22 at position 14, transport 16 at position 4 ->
    // 14 * 15 + 4 = 214 zero-based), column 4: "348 175 219 180 ..." -> 180
    assertEquals(180, d.values()[noted]);
    // row 1 (import, total, all transport), last column 2018K2: 10283304
    assertEquals(10283304, d.values()[d.index("1", "-", "00", "Transmengde", "2018K2")]);
    assertTrue(d.notes().get(0).contains("enn en halv av brukte enhet.\n<br />"));
  }

  @Test
  void ssb06913MunicipalityCodesWithPrefix() throws Exception {
    Dataset d =
        parse("/official-stats/ssb/ssb-06913-population-changes-municipalities-K_3001.px", null);
    assertEquals("06913", d.tableId()); // TABLEID wins over MATRIX="Levende"
    assertEquals(24, d.size());
    assertEquals(List.of(2, 3, 4), sizes(d));
    assertEquals(List.of("Region", "ContentsCode", "Tid"), ids(d));
    assertEquals(List.of(DimensionRole.GEO, DimensionRole.METRIC, DimensionRole.TIME), roles(d));
    assertEquals("K_3001", d.dimensions().get(0).categories().get(0).code());
    assertEquals("K_3002", d.dimensions().get(0).categories().get(1).code());
    assertEquals("Halden", d.dimensions().get(0).categories().get(0).label());
    assertEquals("persons", d.dimensions().get(1).categories().get(2).unit().label());
    assertEquals("20230221 08:00", d.updated()); // from the per-content LAST-UPDATED
    // row 1 (K_3001): 257 254 260 226 | 299 ... | -42 -30 -51 -72
    assertEquals(257, d.values()[d.index("K_3001", "Levende", "2019")]);
    assertEquals(-72, d.values()[d.index("K_3001", "Fodselsoverskudd", "2022")]);
    // row 2 (K_3002), last column: -49
    assertEquals(-49, d.values()[d.index("K_3002", "Fodselsoverskudd", "2022")]);
    assertTrue(d.notes().get(0).contains("aggregated time series"));
  }

  private static List<String> ids(Dataset d) {
    return d.dimensions().stream().map(Dimension::id).toList();
  }

  // --- Statistics Finland, Statistics Greenland -----------------------------------------------

  @Test
  void statfiIso885915ThreeLanguages() throws Exception {
    String file = "/official-stats/statfi/statfin-kttav-117c-road-freight-3lang-iso8859-15.px";
    Dataset fi = parse(file, null);
    assertEquals("fi", fi.language());
    assertEquals("statfin_kttav_pxt_117c", fi.tableId());
    assertEquals(18, fi.size());
    assertEquals(List.of(6, 1, 3), sizes(fi));
    assertEquals(Map.of(), fi.missingBySymbol());
    assertEquals(List.of("Matkan pituus, km", "Vuosi", "Tiedot"), ids(fi));
    assertEquals("Yhteensä", fi.dimensions().get(0).categories().get(0).label());
    assertEquals(
        "Miljoonaa tonnikilometriä", fi.dimensions().get(2).categories().get(1).unit().label());
    // row 1 (SSS): 62755 1853 69; last row (100_): 3605 676 22
    assertEquals(62755, fi.values()[fi.index("SSS", "2022", "maara")]);
    assertEquals(22, fi.values()[fi.index("100_", "2022", "liik")]);

    Dataset sv = parse(file, "sv");
    assertEquals("Transportsträcka, km", sv.dimensions().get(0).label());
    assertEquals("Matkan pituus, km", sv.dimensions().get(0).id());
    assertEquals("Över 100 km", sv.dimensions().get(0).categories().get(5).label());
    assertEquals("Tusen ton", sv.dimensions().get(2).categories().get(0).unit().label());
    assertEquals(
        "Godsmängd beskriver transporterad mängd gods",
        sv.dimensions().get(2).categories().get(0).note());
    Dataset en = parse(file, "en");
    assertEquals("Thousand tonnes", en.dimensions().get(2).categories().get(0).unit().label());
    assertEquals(DimensionRole.TIME, en.dimensions().get(1).role());
  }

  @Test
  void statglUtf8WithContradictoryCharset() throws Exception {
    String file = "/official-stats/statgl/statgl-SOXATI4-labour-force-3lang-utf8.px";
    Dataset en = parse(file, null);
    assertEquals(864, en.size());
    assertEquals(List.of(12, 6, 2, 6, 1), sizes(en));
    assertEquals(Map.of(), en.missingBySymbol());
    // a ';' inside a quoted value
    assertEquals(
        "00; Employed without further details", en.dimensions().get(0).categories().get(1).label());
    // row 1 (X, 99, 1): 55860 ... 56562; last row (L, 3, 2): ... 221
    assertEquals(55860, en.values()[en.index("X", "99", "1", "2016", "SOXATI4")]);
    assertEquals(221, en.values()[en.index("L", "3", "2", "2021", "SOXATI4")]);

    Dataset kl = parse(file, "kl");
    assertEquals("kl", kl.language());
    assertEquals("Naatsorsueqqissaartarfik", kl.source());
    assertEquals(
        "Najugaqavissut ukiumut agguaqatigiissillugu",
        kl.dimensions().get(2).categories().get(1).label());
    Dataset da = parse(file, "da");
    assertEquals("Årsgennemsnit, fastboende", da.dimensions().get(2).categories().get(1).label());
    assertEquals("Grønlands Statistik", da.source());
  }

  // --- refusals --------------------------------------------------------------------------------

  private static final String SMALL =
      "CHARSET=\"ANSI\";\n"
          + "STUB=\"region\";\n"
          + "HEADING=\"year\";\n"
          + "VALUES(\"region\")=\"A\",\"B\";\n"
          + "VALUES(\"year\")=\"2020\",\"2021\";\n"
          + "CODES(\"region\")=\"01\",\"02\";\n"
          + "DATA=\n"
          + "1 2\n"
          + "3 \"..\"\n"
          + ";\n";

  static ImportException refused(String text) {
    return assertThrows(ImportException.class, () -> parseText(text));
  }

  @Test
  void smallInlineFileParses() throws Exception {
    Dataset d = parseText(SMALL);
    assertEquals(4, d.size());
    assertEquals(List.of(2, 2, 1), sizes(d));
    assertEquals("..", d.status()[3]);
    assertEquals(3, d.values()[d.index("02", "2020", "contents")]);
  }

  @Test
  void refusesAFileWithoutData() {
    ImportException e = refused(SMALL.substring(0, SMALL.indexOf("DATA=")));
    assertEquals("keyword DATA", e.location());
  }

  @Test
  void refusesAFileWithoutStubOrHeading() {
    ImportException e = refused("CHARSET=\"ANSI\";\nVALUES(\"region\")=\"A\";\nDATA=\n1;\n");
    assertEquals("keyword STUB", e.location());
  }

  @Test
  void refusesCodesThatDoNotMatchValues() {
    ImportException e =
        refused(SMALL.replace("CODES(\"region\")=\"01\",\"02\";", "CODES(\"region\")=\"01\";"));
    assertEquals("keyword CODES(\"region\")", e.location());
    assertTrue(e.problem().contains("1 codes") && e.problem().contains("2 values"), e.problem());
  }

  @Test
  void refusesAnUnterminatedString() {
    ImportException e =
        refused(SMALL.replace("VALUES(\"year\")=\"2020\"", "VALUES(\"year\")=\"2020"));
    // the quote opened on line 5 ("2021" closes it, and the rest never closes)
    assertTrue(e.location().startsWith("line "), e.location());
    assertTrue(e.problem().contains("never closed"), e.problem());
  }

  @Test
  void refusesAStringNeverClosed() {
    String text = SMALL.replace("3 \"..\"", "3 4").replace("DATA=", "NOTE=\"open;\nDATA=");
    ImportException e = refused(text);
    assertEquals("line 7", e.location());
  }

  @Test
  void aUtf8ByteOrderMarkWinsOverCharset() throws Exception {
    byte[] text = SMALL.replace("\"A\"", "\"Åre\"").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[text.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(text, 0, bytes, 3, text.length);
    Dataset d = new PxParser().parse("bom.px", new ByteArrayInputStream(bytes), null).get(0);
    assertEquals("Åre", d.dimensions().get(0).categories().get(0).label());
  }

  @Test
  void refusesAKeywordWithoutEquals() {
    ImportException e = refused(SMALL.replace("HEADING=\"year\";", "HEADING \"year\";"));
    assertEquals("line 3", e.location());
    assertTrue(e.problem().contains("keyword HEADING"), e.problem());
  }

  @Test
  void refusesTooFewAndTooManyCells() {
    ImportException few = refused(SMALL.replace("3 \"..\"\n", "3\n"));
    assertTrue(few.problem().contains("DATA has 3 cells"), few.problem());
    assertTrue(few.problem().contains("make 4"), few.problem());
    assertEquals("cell 4 (DATA from line 7)", few.location());
    ImportException many = refused(SMALL.replace("3 \"..\"\n", "3 4 5 6\n"));
    assertTrue(many.problem().contains("DATA has 6 cells"), many.problem());
    assertEquals("cell 5 (DATA from line 7)", many.location());
  }

  @Test
  void refusesAWordAmongTheCells() {
    ImportException e = refused(SMALL.replace("1 2\n", "1 abc\n"));
    assertEquals("cell 2 (line 8)", e.location());
  }

  @Test
  void refusesAnUnknownEncoding() {
    ImportException e = refused("CODEPAGE=\"ebcdic\";\n" + SMALL);
    assertEquals("keyword CODEPAGE", e.location());
  }

  @Test
  void refusesBytesInvalidInTheEncoding() {
    byte[] bytes = ("CODEPAGE=\"utf-8\";\n" + SMALL).getBytes(StandardCharsets.ISO_8859_1);
    byte[] broken = new byte[bytes.length + 1];
    int at = new String(bytes, StandardCharsets.ISO_8859_1).indexOf("\"A\"") + 1;
    System.arraycopy(bytes, 0, broken, 0, at);
    broken[at] = (byte) 0xE5; // Latin-1 "å" is not UTF-8
    System.arraycopy(bytes, at, broken, at + 1, bytes.length - at);
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> new PxParser().parse("x.px", new ByteArrayInputStream(broken), null));
    assertEquals("line 5", e.location());
    assertTrue(e.problem().contains("0xE5"), e.problem());
  }

  @Test
  void refusesTooManyCellsBeforeReadingThem() {
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      values.append(i == 0 ? "" : ",").append('"').append(i).append('"');
    }
    String text =
        "STUB=\"a\",\"b\";\nVALUES(\"a\")="
            + values
            + ";\nVALUES(\"b\")="
            + values
            + ";\nDATA=\n1;\n";
    ImportException e = refused(text);
    assertTrue(e.problem().contains("5000000 cells"), e.problem());
  }

  @Test
  void refusesAnOverlongLine() {
    String text = "TITLE=\"" + "x".repeat(PxScanner.MAX_LINE + 10) + "\";\n" + SMALL;
    ImportException e = refused(text);
    assertEquals("line 1", e.location());
  }

  @Test
  void refusesAFileOverTheSizeLimit() {
    InputStream huge =
        new InputStream() {
          long left = PxParser.MAX_BYTES + 10;

          @Override
          public int read() {
            return left-- > 0 ? ' ' : -1;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            if (left <= 0) {
              return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) ' ');
            left -= n;
            return n;
          }
        };
    ImportException e =
        assertThrows(ImportException.class, () -> new PxParser().parse("big.px", huge, null));
    assertTrue(e.problem().contains("100 MB"), e.problem());
  }

  @Test
  void everyTruncationOfARealFileIsRefusedWithTheLineNotACrash() throws Exception {
    byte[] whole;
    try (InputStream in =
        PxParserTest.class.getResourceAsStream(
            "/official-stats/ssb/ssb-06913-population-changes-municipalities-K_3001.px")) {
      whole = in.readAllBytes();
    }
    int refused = 0;
    for (int length = 0; length < whole.length; length++) {
      byte[] cut = java.util.Arrays.copyOf(whole, length);
      try {
        new PxParser().parse("cut.px", new ByteArrayInputStream(cut), null);
      } catch (ImportException e) {
        refused++;
        assertTrue(e.getMessage().startsWith("cut.px"), e.getMessage());
      }
    }
    // the file ends "-49\n;": only the cut just before the final ';' still reads (a missing
    // final ';' is tolerated after a line end); a cut in "-49" would read -4, so it is refused
    assertEquals(whole.length - 1, refused);
  }
}
