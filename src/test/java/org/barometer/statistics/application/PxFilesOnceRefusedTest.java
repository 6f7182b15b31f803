package org.barometer.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.barometer.shared.Country;
import org.barometer.shared.Period;
import org.barometer.statistics.FileMutations.Fixture;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.DimensionRole;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.application.importer.px.PxParser;
import org.junit.jupiter.api.Test;

/**
 * Real PX files of kinds that were refused before (issue 13, point 5), read and mapped as an import
 * maps them. Sources in official-stats/SOURCES.md. Expected cells were read from the DATA text by
 * hand (row and position counted in the file), not from this parser's output.
 */
class PxFilesOnceRefusedTest {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * SCB BE0101A1 in the KEYS layout (PxWeb's example database): STUB marital status (4) × age (21),
   * each row starting "single","0-4",...; HEADING period (32: 1968–1999) × sex (3: men, women,
   * total), so 96 cells a row. 78 of the 84 rows are written: married 0-4 and 5-9, widowed 5-9 and
   * divorced 0-4, 5-9 and 10-14 are left out (all zeros). 78 rows × (2 keys + 96 cells) = 7,644
   * tokens, which the dense reader took for cells.
   */
  @Test
  void scbKeysRowsNameTheirStubValuesAndTheRowsLeftOutAreZeros() throws Exception {
    Dataset d = parse("scb/scb-BE0101A1-population-keys-values.px", null);

    assertEquals(List.of(4, 21, 32, 3, 1), sizes(d));
    assertEquals(8064, d.size());
    // "single","0-4",306443 290460 596903 ...: 1968 men, women, total
    assertEquals(306443, value(d, "SI", "-4", "1968", "1"));
    assertEquals(290460, value(d, "SI", "-4", "1968", "2"));
    assertEquals(596903, value(d, "SI", "-4", "1968", "total"));
    // "widowed","0-4",82 47 129 0 0 0 ...
    assertEquals(82, value(d, "WI", "-4", "1968", "1"));
    assertEquals(0, value(d, "WI", "-4", "1969", "1"));
    // "divorced","100+",0 1 1 0 2 2 ...: 1968 women 1, 1969 women 2
    assertEquals(1, value(d, "DI", "100+", "1968", "2"));
    assertEquals(2, value(d, "DI", "100+", "1969", "total"));
    // a row that is left out: married 0-4
    assertEquals(0, value(d, "MA", "-4", "1999", "total"));
    // every row is in its place: men + women = total in all 84 × 32 combinations
    for (String m : List.of("SI", "MA", "WI", "DI")) {
      for (var age : d.dimension("age").categories()) {
        for (int year = 1968; year <= 1999; year++) {
          String y = Integer.toString(year);
          assertEquals(
              value(d, m, age.code(), y, "total"),
              value(d, m, age.code(), y, "1") + value(d, m, age.code(), y, "2"),
              m + " " + age.code() + " " + y);
        }
      }
    }
    MappedTable.of(d, DatasetMapping.guess(d, Country.SE).withRegion(null));
  }

  /**
   * SCB BE0101F1 in the KEYS layout with symbols and notes: rows "00 Sweden","20",456 "." 223 327,
   * keyed by the region's and age's VALUES (the codes are 00, 0114, ...); HEADING period (2003) ×
   * type (CONTVARIABLE: Inmigrated, Outmigrated) × sex (2). The last row ends in "35;".
   */
  @Test
  void scbKeysRowsWithSymbolsAndALatin1RegionName() throws Exception {
    Dataset d = parse("scb/scb-BE0101F1-migration-keys-symbols-notes.px", null);

    assertEquals(List.of(4, 3, 1, 2, 2), sizes(d));
    int sweden20 = d.index("00", "20", "2003", "BE0101F1", "1");
    assertEquals(456, d.values()[sweden20]);
    assertTrue(Double.isNaN(d.values()[sweden20 + 1]));
    assertEquals(".", d.status()[sweden20 + 1]);
    assertEquals(327, d.values()[d.index("00", "20", "2003", "BE0101F2", "2")]);
    // "0114 Upplands V\xe4sby","21",21 36 34 57
    assertEquals(34, d.values()[d.index("0114", "21", "2003", "BE0101F2", "1")]);
    // "0115 Vallentuna","22",20 23 33 35;
    assertEquals(35, d.values()[d.index("0115", "22", "2003", "BE0101F2", "2")]);
    assertEquals("......", d.status()[d.index("01", "22", "2003", "BE0101F1", "2")]);
    MappedTable table = MappedTable.of(d, DatasetMapping.guess(d, Country.SE));
    assertEquals(4, table.regions().size());
  }

  @Test
  void aKeysRowGivenTwiceIsRefusedNamingTheRow() {
    String text = text("scb/scb-BE0101F1-migration-keys-symbols-notes.px");
    String row = "\"00 Sweden\",\"21\",613 \"..\" 305 464 \n";
    ImportException e =
        assertThrows(ImportException.class, () -> parseText(text.replace(row, row + row)));

    assertTrue(e.problem().contains("00 Sweden, 21 is given twice"), e.getMessage());
  }

  /**
   * Statistics Greenland PRXPRISH: consumer prices in half-years, VALUES "1971 January", "1971
   * July", ... with no CODES, and TIMEVAL("time")=TLIST(H1),"19711","19712",...; 106 half-years
   * 1971H1–2023H2, one cell each; the first two are "...".
   */
  @Test
  void greenlandsHalfYearsAreReadFromTimeval() throws Exception {
    Dataset d = parse("statgl/statgl-PRXPRISH-consumer-prices-half-years.px", "en");

    assertEquals(List.of(106, 1, 1), sizes(d)); // time, type and the appended measure
    assertEquals(DimensionRole.TIME, d.dimensions().get(0).role());
    assertEquals("1971H1", d.dimensions().get(0).categories().get(0).code());
    assertEquals("1971 January", d.dimensions().get(0).categories().get(0).label());
    assertEquals("...", d.status()[0]);
    assertEquals(5.7, d.values()[2]); // 1972 January
    assertEquals(2.0, d.values()[d.dimensions().get(0).position("1995H2")]);
    assertEquals(2.5, d.values()[105]); // the last line, 2023 July

    MappedTable table = MappedTable.of(d, DatasetMapping.guess(d, Country.NO));
    assertEquals(Period.halfYear(1971, 1), table.periods().get(0));
    assertEquals(Period.halfYear(2023, 2), table.periods().get(105));
    assertNull(DatasetMapping.guess(d, Country.NO).regionDimension());
  }

  /** The same file in Danish: the time variable is "tid", its values "1971 januar". */
  @Test
  void greenlandsHalfYearsInDanish() throws Exception {
    Dataset d = parse("statgl/statgl-PRXPRISH-consumer-prices-half-years.px", "da");

    assertEquals("1971 juli", d.dimensions().get(0).categories().get(1).label());
    assertEquals("1971H2", d.dimensions().get(0).categories().get(1).code());
  }

  /**
   * Statistics Greenland BEXSTA (pxmake's example data): STUB gender (2) × age (5), HEADING "time"
   * (2004, 2014, 2024) with no TIMEVAL; CRLF line ends. Men 0-6: 3237 2950 2769; women 65+: 1630
   * 2004 2616.
   */
  @Test
  void aVariableNamedTimeWithYearsIsTheTimeDimension() throws Exception {
    Dataset d = parse("statgl/statgl-BEXSTA-population-time-without-timeval.px", null);

    assertEquals(List.of(2, 5, 3, 1), sizes(d));
    assertEquals(DimensionRole.TIME, d.dimension("time").role());
    assertEquals(3237, d.values()[d.index("M", "0-6", "2004", "BEXSTA")]);
    assertEquals(2616, d.values()[d.index("K", "65+", "2024", "BEXSTA")]);
    MappedTable table = MappedTable.of(d, DatasetMapping.guess(d, Country.NO));
    assertEquals(List.of(Period.year(2004), Period.year(2014), Period.year(2024)), table.periods());
  }

  /**
   * No office's file with a ';' at the end of every DATA row was found in public repositories, so
   * SCB's BE0101F1 (dense, one row a line) is rewritten that way: it reads as the original does.
   */
  @Test
  void dataRowsEachEndingWithASemicolonReadAsTheFileWithout() throws Exception {
    String text = text("scb/scb-BE0101F1-migration-missing-value-symbols.px");
    int data = text.indexOf("\nDATA=") + 6;
    String rows = text.substring(data);
    String terminated = rows.replaceAll("([^;\\s])[ \\t]*(\\r?\\n)", "$1;$2");
    assertTrue(terminated.chars().filter(c -> c == ';').count() > 10, terminated);

    Dataset original = parseText(text);
    Dataset rewritten = parseText(text.substring(0, data) + terminated);

    assertEquals(original, rewritten);
    String doubled = terminated.replaceFirst("(\\n[^\\n]*;\\r?\\n)", "$1$1");
    ImportException e =
        assertThrows(ImportException.class, () -> parseText(text.substring(0, data) + doubled));
    assertTrue(e.problem().contains("too many"), e.getMessage());
  }

  private static Dataset parse(String path, String language) throws ImportException {
    Fixture f = Fixture.of(path);
    return new PxParser().parse(f.fileName(), new ByteArrayInputStream(f.bytes()), language).get(0);
  }

  private static Dataset parseText(String text) throws ImportException {
    return new PxParser()
        .parse("keys.px", new ByteArrayInputStream(text.getBytes(WINDOWS_1252)), null)
        .get(0);
  }

  private static String text(String path) {
    return new String(Fixture.of(path).bytes(), WINDOWS_1252);
  }

  private static List<Integer> sizes(Dataset d) {
    return d.dimensions().stream().map(x -> x.categories().size()).toList();
  }

  private static double value(Dataset d, String marital, String age, String year, String sex) {
    return d.values()[d.index(marital, age, year, sex, "BE0101A1")];
  }
}
