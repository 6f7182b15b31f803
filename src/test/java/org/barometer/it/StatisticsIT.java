package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Official statistics through the REST API on the real database (H2, or PostgreSQL in CI's second
 * run): real files from SSB and SCB uploaded as a browser uploads them. Expected figures are read
 * by hand from the files: SSB 12191 has 5 measures × 9 municipalities × 2018–2020 = 135 cells, 90
 * of them '.', one ':' and one '..'; its KOSavtalehjemler0001 in 2020 is 20 for Moss (3002), 45 for
 * Drammen (3005, today 3301), 6 for 3007 and 13 for 3014. SCB TAB005 has 291 regions × 11 land uses
 * × 2 years = 6,402 cells, 107 of them '..'.
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsIT {

  private static final String SSB_12191 = "ssb/ssb-12191-kostra-kommunehelse-jsonstat2.json";
  private static final String SCB_TAB005 = "scb/scb-TAB005-land-use-by-municipality-2lang.px";
  private static final String SCB_BE0101D1 = "scb/scb-BE0101D1-live-births-by-municipality.px";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void previewShowsTheTableAndTheGuessedMappingAndStoresNothing() {
    Api.Reply reply =
        Api.analyst(base)
            .postFile("api/statistics/imports/preview", "12191.json", fixture(SSB_12191), Map.of());

    assertEquals(200, reply.status(), reply.body());
    JsonObject table = reply.jsonArray().getJsonObject(0);
    assertEquals("12191", table.getString("tableCode"));
    assertEquals("SSB", table.getString("source"));
    assertEquals("NO", table.getString("office"));
    assertEquals(135, table.getInt("cells"));
    assertEquals(90, table.getJsonObject("missingBySymbol").getInt("."));
    JsonObject mapping = table.getJsonObject("mapping");
    assertEquals("KOKkommuneregion0000", mapping.getString("regionDimension"));
    assertEquals("Tid", mapping.getString("timeDimension"));
    assertEquals("ContentsCode", mapping.getString("measureDimension"));
    assertEquals(3, table.getJsonArray("dimensions").size());
  }

  @Test
  void importingTheSameTableTwiceStoresItOnce() {
    Api analyst = Api.analyst(base);
    JsonObject first = importFile(analyst, "12191.json", fixture(SSB_12191), Map.of());
    JsonObject again = importFile(analyst, "12191.json", fixture(SSB_12191), Map.of());

    JsonObject summary = first.getJsonObject("summary");
    assertEquals(135, summary.getInt("read"));
    assertEquals(135, summary.getInt("added") + summary.getInt("unchanged"));
    assertEquals(0, summary.getInt("revised"));
    JsonObject missing = summary.getJsonObject("missingBySymbol");
    assertArrayEquals(
        new int[] {90, 1, 1},
        new int[] {missing.getInt("."), missing.getInt(":"), missing.getInt("..")});
    // read, added, revised, unchanged of the second import
    JsonObject second = again.getJsonObject("summary");
    assertArrayEquals(
        new int[] {135, 0, 0, 135},
        new int[] {
          second.getInt("read"),
          second.getInt("added"),
          second.getInt("revised"),
          second.getInt("unchanged")
        });
    assertEquals(first.getInt("tableId"), again.getInt("tableId"));
  }

  @Test
  void aPxFileWithTwoLanguagesImportsInTheChosenOne() {
    JsonObject result =
        importFile(Api.analyst(base), "TAB005.px", fixture(SCB_TAB005), Map.of("language", "en"));

    assertEquals("SCB", result.getString("source"));
    assertEquals("TAB005", result.getString("tableCode"));
    JsonObject summary = result.getJsonObject("summary");
    assertEquals(6402, summary.getInt("read"));
    assertEquals(107, summary.getJsonObject("missingBySymbol").getInt(".."));
    assertEquals(291, summary.getInt("regions"));
    assertEquals(2, summary.getInt("periods"));
  }

  @Test
  void aMunicipalityIsReadUnderItsCodeOfTodayAndAGroupGetsMeanMedianAndRanks() {
    Api analyst = Api.analyst(base);
    importFile(analyst, "12191.json", fixture(SSB_12191), Map.of());
    long series = seriesId(analyst, "SSB", "12191", "KOSavtalehjemler0001");
    Api.Reply defined =
        analyst.putJson(
            "api/statistics/groups/IT-OSTFOLD",
            "{\"name\":\"Three of Østfold\",\"country\":\"NO\",\"members\":[\"3002\",\"K_3007\","
                + "\"3014\"]}");
    assertEquals(200, defined.status(), defined.body());

    JsonObject view =
        Api.viewer(base)
            .get(
                "api/statistics/series/"
                    + series
                    + "?region=3301&group=IT-OSTFOLD&from=2020&to=2020")
            .json();

    JsonObject drammen = view.getJsonArray("regions").getJsonObject(0);
    assertEquals("3301", drammen.getString("code"));
    assertTrue(drammen.getJsonArray("formerCodes").toString().contains("3005"), drammen.toString());
    assertEquals(45.0, value(drammen, "2020"), 1e-9);
    JsonObject point =
        view.getJsonArray("groups").getJsonObject(0).getJsonArray("points").getJsonObject(0);
    assertEquals("2020", point.getString("period"));
    assertEquals((20 + 6 + 13) / 3.0, point.getJsonNumber("mean").doubleValue(), 1e-9);
    assertEquals(13.0, point.getJsonNumber("median").doubleValue(), 1e-9);
    assertEquals(3, point.getInt("counted"));
    JsonObject ranks = point.getJsonObject("ranks");
    assertEquals(1, ranks.getInt("3002"));
    assertEquals(2, ranks.getInt("3014"));
    assertEquals(3, ranks.getInt("3007"));
    assertEquals(204, analyst.delete("api/statistics/groups/IT-OSTFOLD").status());
  }

  @Test
  void theChartIsAPictureOfTheAskedSize() throws IOException {
    Api analyst = Api.analyst(base);
    importFile(analyst, "12191.json", fixture(SSB_12191), Map.of());
    long series = seriesId(analyst, "SSB", "12191", "KOSavtalehjemler0001");

    byte[] png =
        Api.viewer(base)
            .bytes(
                "api/statistics/series/"
                    + series
                    + "/chart.png?region=3301&region=3002&width=640&height=320");

    var image = ImageIO.read(new ByteArrayInputStream(png));
    assertEquals(640, image.getWidth());
    assertEquals(320, image.getHeight());
  }

  @Test
  void aTruncatedFileIsRefusedWithItsPlaceAndNothingIsStored() {
    byte[] whole = fixture(SCB_BE0101D1);
    byte[] truncated = Arrays.copyOf(whole, whole.length * 2 / 3);

    Api.Reply reply =
        Api.analyst(base).postFile("api/statistics/imports", "BE0101D1.px", truncated, Map.of());

    assertEquals(422, reply.status(), reply.body());
    assertTrue(reply.json().getString("message").contains("BE0101D1.px"), reply.body());
    assertFalse(
        Api.viewer(base).get("api/statistics/tables?source=SCB").body().contains("BE0101D1"));
  }

  @Test
  void deeplyNestedJsonIsRefusedAndTheServerStaysUp() {
    byte[] nested = ("[".repeat(100_000) + "]".repeat(100_000)).getBytes();

    Api.Reply reply =
        Api.analyst(base).postFile("api/statistics/imports", "deep.json", nested, Map.of());

    assertEquals(422, reply.status(), reply.body());
    assertEquals(200, Api.viewer(base).get("api/statistics/sources").status());
  }

  @Test
  void aCsvFileNeedsItsSourceAndTableNamed() {
    byte[] csv = "measure,region,period,value\nJOBS,3001,2023,100\n".getBytes();

    Api.Reply reply =
        Api.analyst(base).postFile("api/statistics/imports", "jobs.csv", csv, Map.of());

    assertEquals(422, reply.status(), reply.body());
    assertEquals("source", reply.json().getString("field"), reply.body());
  }

  @Test
  void onlyAnalystsImportAndOnlyStaffRead() {
    byte[] file = fixture(SSB_12191);
    assertEquals(
        403,
        Api.viewer(base).postFile("api/statistics/imports", "x.json", file, Map.of()).status());
    assertEquals(
        401,
        Api.anonymous(base).postFile("api/statistics/imports", "x.json", file, Map.of()).status());
    assertEquals(401, Api.anonymous(base).get("api/statistics/tables").status());
  }

  private static JsonObject importFile(
      Api api, String name, byte[] content, Map<String, String> fields) {
    Api.Reply reply = api.postFile("api/statistics/imports", name, content, fields);
    assertEquals(200, reply.status(), reply.body());
    JsonArray tables = reply.jsonArray();
    assertEquals(1, tables.size(), reply.body());
    return tables.getJsonObject(0);
  }

  private static long seriesId(Api api, String source, String table, String measure) {
    JsonArray found =
        api.get(
                "api/statistics/measures?source="
                    + source
                    + "&table="
                    + table
                    + "&measure="
                    + measure
                    + "&variant=")
            .jsonArray();
    assertEquals(1, found.size(), found.toString());
    return found.getJsonObject(0).getJsonNumber("id").longValue();
  }

  private static double value(JsonObject region, String period) {
    for (JsonValue p : region.getJsonArray("points")) {
      JsonObject point = p.asJsonObject();
      if (point.getString("period").equals(period)) {
        return point.getJsonNumber("value").doubleValue();
      }
    }
    throw new AssertionError("no " + period + " in " + region);
  }

  private static byte[] fixture(String path) {
    try (InputStream in = StatisticsIT.class.getResourceAsStream("/official-stats/" + path)) {
      if (in == null) {
        throw new IllegalStateException("no fixture " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
