package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.barometer.statistics.FileMutations;
import org.barometer.statistics.FileMutations.Fixture;
import org.barometer.statistics.FileMutations.Mutant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Damaged copies of real SSB and SCB files uploaded through the real import endpoint on Liberty and
 * the real database (H2, or PostgreSQL with -Ddb=postgres): each is answered 2xx, or 4xx with a
 * JSON message naming the file, never 5xx; a refused one stores nothing; the server answers at the
 * end.
 *
 * <p>"Stores nothing" is checked through the API: the stored tables, each with its series count and
 * its imported-at time (every import that stores anything of a table sets that time in the same
 * transaction), are the same before and after every refused file, and for every 25th refused file
 * also the number of stored observations of the fuzzed tables, counted series by series.
 *
 * <p>The files are imported under sources of their own (FUZZ-SSB, FUZZ-SCB), so the other tests'
 * tables are never touched; the regions are shared, so the originals are imported again at the end
 * and the regions' names are the offices' again.
 */
@ExtendWith(ArquillianExtension.class)
class ImportFuzzIT {

  private static final long SEED = Long.getLong("fuzz.seed", 20261203L);
  private static final int MUTANTS = Integer.getInteger("fuzz.count", 200);
  private static final List<String> FIXTURES =
      List.of(
          "ssb/ssb-12191-kostra-kommunehelse-jsonstat2.json",
          "ssb/ssb-08655-byggekostnadsindeks-jsonstat2.json",
          "ssb/ssb-06913-population-changes-municipalities-K_3001.px",
          "scb/scb-median-income-jsonstat2-malformed-updated.json",
          "scb/scb-BE0101F1-migration-missing-value-symbols.px");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void damagedFilesAreImportedOrRefusedWith4xxNeverA5xxAndARefusedOneStoresNothing() {
    Api analyst = Api.analyst(base);
    List<Fixture> fixtures = FIXTURES.stream().map(Fixture::of).toList();
    for (Fixture f : fixtures) {
      Api.Reply reply =
          analyst.postFile("api/statistics/imports", f.fileName(), f.bytes(), fields(f));
      assertEquals(200, reply.status(), f.fileName() + ": " + reply.body());
    }

    List<Mutant> mutants = FileMutations.of(fixtures, SEED, MUTANTS);
    int imported = 0;
    int refused = 0;
    int counted = 0;
    List<String> serverErrors = new ArrayList<>();
    List<String> badRefusals = new ArrayList<>();
    List<String> stored = new ArrayList<>();
    long start = System.nanoTime();
    String tables = tables(analyst); // as the last file left them: nothing else writes here
    for (Mutant m : mutants) {
      Fixture of =
          fixtures.stream().filter(f -> f.fileName().equals(m.fileName())).findFirst().get();
      boolean count = refused % 25 == 0;
      long observationsBefore = count ? observations(analyst) : -1;
      Api.Reply reply =
          analyst.postFile("api/statistics/imports", m.fileName(), m.bytes(), fields(of));
      String before = tables;
      tables = tables(analyst);
      if (reply.status() >= 500) {
        serverErrors.add(m.name() + ": " + reply.status() + " " + reply.body());
      } else if (reply.status() >= 200 && reply.status() < 300) {
        imported++;
      } else {
        refused++;
        if (!refusalNamesTheFile(reply, m.fileName())) {
          badRefusals.add(m.name() + ": " + reply.status() + " " + reply.body());
        }
        if (!tables.equals(before)) {
          stored.add(m.name() + ": the tables changed");
        }
        if (count) {
          counted++;
          long after = observations(analyst);
          if (after != observationsBefore) {
            stored.add(m.name() + ": observations " + observationsBefore + " -> " + after);
          }
        }
      }
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    List<Integer> again = new ArrayList<>(); // the regions' names as the offices write them
    for (Fixture f : fixtures) {
      again.add(
          analyst.postFile("api/statistics/imports", f.fileName(), f.bytes(), fields(f)).status());
    }
    System.out.printf(
        "Import fuzz (HTTP, %s), seed %d: %d files tried, %d imported, %d refused (4xx), %d 5xx,"
            + " %d refusals without a JSON message naming the file, %d refused but stored"
            + " something (observations counted around %d refusals), %d ms%n",
        System.getProperty("barometer.db", "h2"),
        SEED,
        mutants.size(),
        imported,
        refused,
        serverErrors.size(),
        badRefusals.size(),
        stored.size(),
        counted,
        millis);
    serverErrors.forEach(e -> System.out.println("  5xx: " + e));
    badRefusals.forEach(e -> System.out.println("  refusal: " + e));
    stored.forEach(e -> System.out.println("  stored: " + e));

    assertEquals(List.of(), serverErrors);
    assertEquals(List.of(), badRefusals);
    assertEquals(List.of(), stored);
    assertEquals(mutants.size(), imported + refused);
    assertEquals(200, Api.viewer(base).get("api/statistics/sources").status());
    assertEquals(List.of(200, 200, 200, 200, 200), again, "the server still imports");
  }

  private static Map<String, String> fields(Fixture f) {
    return f.fileName().startsWith("ssb")
        ? Map.of("source", "FUZZ-SSB", "office", "NO")
        : Map.of("source", "FUZZ-SCB", "office", "SE", "language", "en");
  }

  private static boolean refusalNamesTheFile(Api.Reply reply, String fileName) {
    if (reply.contentType() == null || !reply.contentType().contains("json")) {
      return false;
    }
    try {
      return reply.json().getString("message", "").contains(fileName);
    } catch (RuntimeException notJson) {
      return false;
    }
  }

  /** The fuzzed tables as the catalogue lists them: id, code, series count, imported-at. */
  private static String tables(Api api) {
    return fuzzTables(api).stream()
        .map(
            t ->
                t.getJsonNumber("id")
                    + " "
                    + t.getString("code")
                    + " "
                    + t.getInt("series")
                    + " "
                    + t.get("importedAt"))
        .collect(Collectors.joining("\n"));
  }

  private static List<JsonObject> fuzzTables(Api api) {
    Api.Reply reply = api.get("api/statistics/tables");
    assertEquals(200, reply.status(), reply.body());
    return reply.jsonArray().getValuesAs(JsonObject.class).stream()
        .filter(t -> t.getString("source").startsWith("FUZZ-"))
        .toList();
  }

  /** Every stored cell of the fuzzed tables (a value or a status), counted series by series. */
  private static long observations(Api api) {
    long cells = 0;
    for (JsonObject table : fuzzTables(api)) {
      JsonArray series =
          api.get("api/statistics/tables/" + table.getJsonNumber("id"))
              .json()
              .getJsonArray("series");
      for (JsonValue s : series) {
        long id = s.asJsonObject().getJsonNumber("id").longValue();
        JsonArray regions = api.get("api/statistics/series/" + id + "/regions").jsonArray();
        if (regions.isEmpty()) {
          continue;
        }
        String query =
            regions.getValuesAs(JsonObject.class).stream()
                .map(
                    r -> "region=" + URLEncoder.encode(r.getString("code"), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        Api.Reply reply = api.get("api/statistics/series/" + id + "?" + query);
        assertEquals(200, reply.status(), reply.body());
        for (JsonObject region :
            reply.json().getJsonArray("regions").getValuesAs(JsonObject.class)) {
          cells += region.getJsonArray("points").size();
        }
      }
    }
    return cells;
  }
}
