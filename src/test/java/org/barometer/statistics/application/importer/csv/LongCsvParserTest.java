package org.barometer.statistics.application.importer.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.barometer.statistics.application.importer.Category;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.Dimension;
import org.barometer.statistics.application.importer.DimensionRole;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.application.importer.Unit;
import org.junit.jupiter.api.Test;

/**
 * Cell positions are worked out by hand: dimensions measure × region × period, period fastest, so
 * cell = (measure × regions + region) × periods + period.
 */
class LongCsvParserTest {

  private static final String FILE = "stats.csv";

  static Dataset parse(String text) throws ImportException {
    return parse(new LongCsvParser(), text.getBytes(StandardCharsets.UTF_8));
  }

  static Dataset parse(LongCsvParser parser, byte[] bytes) throws ImportException {
    List<Dataset> all = parser.parse(FILE, new ByteArrayInputStream(bytes), null);
    assertEquals(1, all.size());
    return all.get(0);
  }

  static CsvRejectedException refused(String text) {
    return refused(new LongCsvParser(), text);
  }

  static CsvRejectedException refused(LongCsvParser parser, String text) {
    return assertThrows(
        CsvRejectedException.class, () -> parse(parser, text.getBytes(StandardCharsets.UTF_8)));
  }

  static List<String> codes(Dimension d) {
    return d.categories().stream().map(Category::code).toList();
  }

  @Test
  void aValidFileWithAllOptionalColumns() throws Exception {
    Dataset d =
        parse(
            """
            Measure , measure_label,REGION,region_label,period,value,status,unit,decimals,note
            sysselsatte,Employed persons,3001,Halden,2021,15000,,persons,0,
            sysselsatte,,3001,,2022,15200,,,,preliminary
            sysselsatte,,EKG11,KOSTRA group 11,2022,,..,,,
            skatt,Tax income per inhabitant,3001,,2021K1,12.5,,1000 kr,1,
            skatt,,EKG11,,2020,-3.25e1,,,,
            """);
    assertEquals("CSV", d.format());
    assertEquals(FILE, d.title());
    assertEquals(
        List.of("measure", "region", "period"),
        d.dimensions().stream().map(Dimension::id).toList());
    assertEquals(
        List.of(DimensionRole.METRIC, DimensionRole.GEO, DimensionRole.TIME),
        d.dimensions().stream().map(Dimension::role).toList());
    // first-seen order for measures and regions; periods by time, 2021 before 2021Q1
    assertEquals(List.of("sysselsatte", "skatt"), codes(d.dimension("measure")));
    assertEquals(List.of("3001", "EKG11"), codes(d.dimension("region")));
    assertEquals(List.of("2020", "2021", "2021Q1", "2022"), codes(d.dimension("period")));

    Category employed = d.dimension("measure").categories().get(0);
    assertEquals("Employed persons", employed.label());
    assertEquals(new Unit("persons", 0), employed.unit());
    Category tax = d.dimension("measure").categories().get(1);
    assertEquals("Tax income per inhabitant", tax.label());
    assertEquals(new Unit("1000 kr", 1), tax.unit());
    assertEquals("Halden", d.dimension("region").categories().get(0).label());
    assertEquals("KOSTRA group 11", d.dimension("region").categories().get(1).label());

    assertEquals(16, d.size()); // 2 measures × 2 regions × 4 periods
    assertEquals(15000.0, d.values()[1]); // sysselsatte, 3001, 2021
    assertEquals(15200.0, d.values()[3]); // sysselsatte, 3001, 2022
    assertEquals(Map.of(3, "preliminary"), d.cellNotes());
    assertTrue(Double.isNaN(d.values()[7])); // sysselsatte, EKG11, 2022
    assertEquals("..", d.status()[7]);
    assertEquals(12.5, d.values()[10]); // skatt, 3001, 2021Q1
    assertEquals(-32.5, d.values()[12]); // skatt, EKG11, 2020
    assertTrue(Double.isNaN(d.values()[0])); // not in the file
    assertNull(d.status()[0]);
    assertEquals(Map.of("", 11L, "..", 1L), d.missingBySymbol());
  }

  @Test
  void onlyTheRequiredColumnsLabelsDefaultToCodes() throws Exception {
    Dataset d = parse("period,value,region,measure\n2014U30,3,K_3001,export\n");
    assertEquals(List.of("2014W30"), codes(d.dimension("period")));
    Category measure = d.dimension("measure").categories().get(0);
    assertEquals("export", measure.label());
    assertNull(measure.unit());
    assertEquals("K_3001", d.dimension("region").categories().get(0).label());
    assertEquals(3.0, d.values()[0]);
  }

  @Test
  void byteOrderMarkSemicolonsAndDecimalComma() throws Exception {
    Dataset d =
        parse(
            "\uFEFFmeasure;region;region_label;period;value;status\r\n"
                + "andel;0114;\"Upplands Väsby; kommun\";2021M1;12,5;\r\n"
                + "andel;0114;;2021M02;;:\r\n"
                + "andel;2584;Kiruna;2021M02;-0,25;\r\n");
    assertEquals(List.of("0114", "2584"), codes(d.dimension("region")));
    assertEquals("Upplands Väsby; kommun", d.dimension("region").categories().get(0).label());
    assertEquals(List.of("2021M01", "2021M02"), codes(d.dimension("period")));
    assertEquals(12.5, d.values()[0]);
    assertTrue(Double.isNaN(d.values()[1]));
    assertEquals(":", d.status()[1]);
    assertTrue(Double.isNaN(d.values()[2])); // 2584, 2021M01 not given
    assertEquals(-0.25, d.values()[3]);
  }

  @Test
  void allFourStatusSymbols() throws Exception {
    Dataset d =
        parse(
            """
            measure,region,period,value,status
            m,3001,2018,,..
            m,3001,2019,,.
            m,3001,2020,,:
            m,3001,2021,,-
            """);
    assertEquals(List.of("..", ".", ":", "-"), List.of(d.status()));
  }

  @Test
  void blankLinesAreSkippedAndLinesCountedAsInAnEditor() {
    var e = refused("measure,region,period,value\r\n\r\nm,3001,2021,5\r\n\r\nm,3001,2022,x\r\n");
    assertEquals("line 5, column value", e.location());
  }

  // --- refusals -----------------------------------------------------------------------------

  @Test
  void missingRequiredColumn() {
    var e = refused("measure,region,value\nm,3001,5\n");
    assertEquals("line 1, column period", e.location());
    assertTrue(e.problem().contains("no column 'period'"), e.problem());
  }

  @Test
  void unknownOrRepeatedColumn() {
    var e = refused("measure,region,period,value,stauts\nm,3001,2021,,..\n");
    assertEquals("line 1, column stauts", e.location());
    assertTrue(e.problem().contains("unknown column 'stauts'"), e.problem());
    var twice = refused("measure,region,period,value,Value\nm,3001,2021,1,2\n");
    assertEquals("line 1, column value", twice.location());
    assertTrue(twice.problem().contains("appears twice"), twice.problem());
  }

  @Test
  void valueThatIsNotANumber() {
    var e = refused("measure,region,period,value\nm,3001,2021,12x\n");
    assertEquals("stats.csv, line 2, column value: '12x' is not a number", e.getMessage());
    assertEquals("line 2, column value", e.location());
  }

  @Test
  void decimalCommaIsRefusedWhenTheDelimiterIsAComma() {
    var e = refused("measure,region,period,value\nm,3001,2021,\"12,5\"\n");
    assertEquals("line 2, column value", e.location());
    assertTrue(e.problem().startsWith("'12,5' is not a number"), e.problem());
    assertTrue(e.problem().contains("point"), e.problem());
  }

  @Test
  void thousandsSeparatorsAreRefused() {
    var e = refused("measure;region;period;value\nm;3001;2021;1.234,5\n");
    assertEquals("'1.234,5' is not a number", e.problem());
  }

  @Test
  void unknownStatusSymbol() {
    var e = refused("measure,region,period,value,status\nm,3001,2021,,n/a\n");
    assertEquals("line 2, column status", e.location());
    assertTrue(e.problem().contains("unknown status symbol 'n/a'"), e.problem());
  }

  @Test
  void periodThatDoesNotParse() {
    var e = refused("measure,region,period,value\nm,3001,2021K5,1\n");
    assertEquals("line 2, column period", e.location());
    assertTrue(e.problem().contains("'2021K5'"), e.problem());
    assertTrue(e.problem().contains("Quarter 5"), e.problem());
  }

  @Test
  void duplicateObservationEvenWhenThePeriodIsSpelledDifferently() {
    var e =
        refused(
            """
            measure,region,period,value
            m,3001,2021K1,1
            m,3002,2021K1,2
            m,3001,2021Q1,3
            """);
    assertEquals("line 4", e.location());
    assertEquals(
        "measure 'm', region '3001', period '2021Q1' is already given on line 2", e.problem());
  }

  @Test
  void valueAndStatusBothGiven() {
    var e = refused("measure,region,period,value,status\nm,3001,2021,5,..\n");
    assertEquals("line 2, column value", e.location());
    assertTrue(e.problem().contains("'5'") && e.problem().contains("'..'"), e.problem());
  }

  @Test
  void emptyValueWithoutStatus() {
    var e = refused("measure,region,period,value\nm,3001,2021,\n");
    assertEquals("line 2, column value", e.location());
    assertTrue(e.problem().startsWith("the value is empty"), e.problem());
  }

  @Test
  void emptyRegionAndMeasure() {
    var e = refused("measure,region,period,value\nm, ,2021,5\n,3001,2021,5\n");
    assertEquals("line 2, column region", e.location());
    assertEquals("the region is empty", e.problems().get(0).message());
    assertEquals("line 3, column measure", e.problems().get(1).location());
  }

  @Test
  void rowWithTheWrongNumberOfFields() {
    var e = refused("measure,region,period,value\nm,3001,2021\n");
    assertEquals("line 2", e.location());
    assertTrue(e.problem().contains("3 fields but the header has 4"), e.problem());
  }

  @Test
  void contradictingUnitLabelOrDecimals() {
    var e =
        refused(
            """
            measure,region,period,value,unit,decimals,region_label
            m,3001,2021,1,kr,0,Halden
            m,3001,2022,1,persons,1,Moss
            m,3001,2023,1,,x,
            """);
    assertEquals(
        List.of(
            "line 3, column unit: measure 'm' has unit 'persons' here but 'kr' on an earlier line",
            "line 3, column decimals: measure 'm' has decimals 1 here but 0 on an earlier line",
            "line 3, column region_label: region '3001' has region_label 'Moss' here but 'Halden' on"
                + " an earlier line",
            "line 4, column decimals: decimals 'x' is not a whole number from 0 to 15"),
        e.problems().stream().map(CsvProblem::describe).toList());
  }

  @Test
  void everyProblemIsReportedOnItsOwnLine() {
    var e =
        refused(
            """
            measure,region,period,value,status
            m,3001,2021,abc,
            m,3001,2022,,?
            m,,2023,1,
            """);
    assertEquals(3, e.problems().size());
    assertEquals(
        "stats.csv, line 2, column value: 'abc' is not a number\n"
            + "line 3, column status: unknown status symbol '?'; the symbols are .. (missing), ."
            + " (not applicable), : (confidential) and - (nil)\n"
            + "line 4, column region: the region is empty",
        e.getMessage());
  }

  @Test
  void reportingStopsAfterTheProblemLimit() {
    var parser = new LongCsvParser(1_000_000, 1_000, 1_000, 2);
    var e = refused(parser, "measure,region,period,value\nm,1,x,1\nm,2,x,1\nm,3,x,1\nm,4,x,1\n");
    assertEquals(3, e.problems().size());
    assertEquals("line 4", e.problems().get(2).location());
    assertTrue(e.problems().get(2).message().startsWith("more than 2 problems"));
  }

  @Test
  void tooManyRows() {
    var parser = new LongCsvParser(1_000_000, 2, 1_000, 20);
    var e = refused(parser, "measure,region,period,value\nm,1,2021,1\nm,2,2021,1\nm,3,2021,1\n");
    assertEquals("line 4", e.location());
    assertTrue(e.problem().contains("more than 2 observations"), e.problem());
  }

  @Test
  void tooManyBytes() {
    var parser = new LongCsvParser(40, 1_000, 1_000, 20);
    var e = refused(parser, "measure,region,period,value\nm,3001,2021,1\nm,3001,2022,1\n");
    assertTrue(e.problem().contains("larger than 40 bytes"), e.problem());
  }

  @Test
  void tooManyCells() {
    // 2 measures × 2 regions × 2 periods = 8 cells from only 2 rows
    var parser = new LongCsvParser(1_000_000, 1_000, 7, 20);
    var e = refused(parser, "measure,region,period,value\na,1,2020,1\nb,2,2021,1\n");
    assertNull(e.location());
    assertTrue(e.problem().contains("= 8 cells"), e.problem());
  }

  @Test
  void emptyFileAndHeaderOnly() {
    var empty = refused("\n\n");
    assertEquals("line 1", empty.location());
    assertTrue(empty.problem().startsWith("the file is empty"), empty.problem());
    var header = refused("measure,region,period,value\n");
    assertTrue(header.problem().contains("no observations"), header.problem());
  }

  @Test
  void notUtf8() {
    byte[] latin1 =
        "measure,region,region_label,period,value\nm,1804,Bodø,2021,1\n"
            .getBytes(StandardCharsets.ISO_8859_1);
    var e = assertThrows(CsvRejectedException.class, () -> parse(new LongCsvParser(), latin1));
    assertTrue(e.problem().contains("not UTF-8"), e.problem());
  }

  @Test
  void unclosedQuote() {
    var e = refused("measure,region,period,value\nm,\"3001,2021,1\n");
    assertTrue(e.problem().contains("not valid CSV"), e.problem());
  }
}
