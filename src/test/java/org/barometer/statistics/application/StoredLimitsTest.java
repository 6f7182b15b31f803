package org.barometer.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.barometer.shared.Country;
import org.barometer.statistics.FileMutations.Fixture;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.application.importer.px.PxParser;
import org.junit.jupiter.api.Test;

/**
 * SSB's 06913 PX file with one text made longer than its column (V2__statistics.sql: region code
 * 40, title 1,000, table code 60): refused before the database, naming the file, the place and the
 * limit, where the database would have answered "value too long" as a 500.
 */
class StoredLimitsTest {

  private static final String FILE = "ssb/ssb-06913-population-changes-municipalities-K_3001.px";

  @Test
  void aRegionCodeOfFortyOneCharactersIsRefusedNamingTheRegion() throws Exception {
    String code = "K_" + "3".repeat(39); // 41 characters; RegionCodes keeps a code it cannot read
    ImportException e = refused(original().replace("\"K_3001\"", "\"" + code + "\""));

    assertEquals("06913.px", e.fileName());
    assertTrue(e.getMessage().contains("06913.px"), e.getMessage());
    assertTrue(e.problem().contains("more than the 40"), e.getMessage());
  }

  @Test
  void aTitleOfMoreThanAThousandCharactersIsRefusedNamingTheTitle() throws Exception {
    String text = original();
    int start = text.indexOf("TITLE=\"") + 7;
    int end = text.indexOf('"', start);
    ImportException e = refused(text.substring(0, start) + "t".repeat(1001) + text.substring(end));

    assertEquals("title", e.location());
    assertTrue(
        e.problem().startsWith("the title has 1001 characters, more than the 1000"), e.problem());
  }

  @Test
  void theUnchangedFileFitsEveryColumn() throws Exception {
    check(original());
  }

  private static String original() {
    return new String(Fixture.of(FILE).bytes(), StandardCharsets.ISO_8859_1);
  }

  private static ImportException refused(String text) {
    return assertThrows(ImportException.class, () -> check(text));
  }

  private static void check(String text) throws ImportException {
    Dataset d =
        new PxParser()
            .parse(
                "06913.px",
                new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)),
                null)
            .get(0);
    StoredLimits.check("06913.px", MappedTable.of(d, DatasetMapping.guess(d, Country.NO)), "SSB");
  }
}
