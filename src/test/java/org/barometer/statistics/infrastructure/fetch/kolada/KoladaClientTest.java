package org.barometer.statistics.infrastructure.fetch.kolada;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.barometer.statistics.application.KoladaQuery;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.DimensionRole;
import org.barometer.statistics.infrastructure.fetch.FakeTime;
import org.barometer.statistics.infrastructure.fetch.FetchCount;
import org.barometer.statistics.infrastructure.fetch.FetchedPart;
import org.barometer.statistics.infrastructure.fetch.FixtureServer;
import org.barometer.statistics.infrastructure.fetch.FixtureServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The data pages are HANDMADE (no real Kolada v3 data answer exists among the fixtures; see the
 * README in {@code official-stats/kolada}); the KPI catalogue is also read from the real Kolada KPI
 * file. Expected values were read by hand from the fixture files.
 */
class KoladaClientTest {

  private static final String DATA =
      "/v3/data/kpi/N00002/municipality/0180,1280,1480/year/2022,2023";

  private FixtureServer server;
  private KoladaClient client;

  @BeforeEach
  void start() throws Exception {
    server = FixtureServer.start();
    client = KoladaClient.of(server.base("/v3/"), Duration.ofSeconds(5), new FakeTime());
    // the catalogue answer for the KPI's title: the real KPI file, which holds N00002
    server.on(
        "/v3/kpi/N00002", Reply.file("kolada/kolada-v2-kpi-metadata-municipality-type-K.json"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void dataPagesAreFollowedByNextUrlAndBecomeOneTable() throws Exception {
    server.on(
        DATA,
        Reply.file("kolada/HANDMADE-v3-data-N00002-page1.json"),
        Reply.file("kolada/HANDMADE-v3-data-N00002-page2.json"));
    List<FetchedPart> parts = new ArrayList<>();
    FetchCount count =
        client.fetch(
            KoladaQuery.of(List.of("N00002"), List.of("0180", "1280", "1480"), List.of(2022, 2023)),
            parts::add);
    assertEquals(new FetchCount(1, 6), count);
    List<URI> requests = server.requests();
    assertEquals(3, requests.size());
    assertEquals("/v3/kpi/N00002", requests.get(0).getPath());
    assertEquals(DATA, requests.get(1).getPath());
    // next_url names api.kolada.se; it is followed on the configured server
    assertEquals(DATA, requests.get(2).getPath());
    assertEquals("page=2&per_page=4", requests.get(2).getQuery());

    Dataset d = parts.get(0).dataset();
    assertEquals("N00002", d.tableId());
    assertEquals("Kolada", d.source());
    assertEquals("Personalkostnader som andel av verksamhetens kostnader, andel (%)", d.title());
    assertEquals(
        List.of(DimensionRole.METRIC, DimensionRole.GEO, DimensionRole.TIME),
        d.dimensions().stream().map(x -> x.role()).toList());
    assertEquals(51.5, d.values()[d.index("N00002", "0180", "2022")]);
    assertEquals(52.25, d.values()[d.index("N00002", "0180", "2023")]);
    assertEquals(49.0, d.values()[d.index("N00002", "1280", "2022")]);
    int missing = d.index("N00002", "1280", "2023");
    assertTrue(Double.isNaN(d.values()[missing]));
    assertEquals("Missing", d.status()[missing]);
    assertEquals(50.75, d.values()[d.index("N00002", "1480", "2022")]); // the total, not "K" 60.0
    assertEquals(50.5, d.values()[d.index("N00002", "1480", "2023")]);
    assertNull(d.status()[d.index("N00002", "1480", "2023")]);
  }

  @Test
  void theKpiCatalogueIsReadAcrossPages() throws Exception {
    server.on(
        "/v3/kpi",
        Reply.file("kolada/HANDMADE-v3-kpi-page1.json"),
        Reply.file("kolada/HANDMADE-v3-kpi-page2.json"));
    List<Kpi> kpis = client.catalogue().search("kr");
    assertEquals(List.of("N00002", "N00003", "N00009"), kpis.stream().map(Kpi::id).toList());
    assertEquals("title=kr", server.requests().get(0).getQuery());
    assertEquals("title=kr&page=2&per_page=2", server.requests().get(1).getQuery());
    assertEquals("Intäkter kommunen totalt, kr/inv", kpis.get(2).title());
  }

  @Test
  void theRealKpiFileIsReadAsOnePage() throws Exception {
    server.on("/v3/kpi", Reply.file("kolada/kolada-v2-kpi-metadata-municipality-type-K.json"));
    List<Kpi> kpis = client.catalogue().search(null);
    assertEquals(110, kpis.size()); // SOURCES.md: 110 KPI objects, all of municipality type K
    assertTrue(kpis.stream().allMatch(k -> "K".equals(k.municipalityType())));
    Kpi first = kpis.get(0);
    assertEquals("N00002", first.id());
    assertEquals(
        "Personalkostnader som andel av verksamhetens kostnader, andel (%)", first.title());
    assertEquals("Kommunen, övergripande", first.operatingArea());
  }

  @Test
  void aQueryWithoutMunicipalitiesAsksForAllOfThem() {
    assertEquals(
        server.base("/v3/data/kpi/N00002/year/2022,2023"),
        client.dataUri("N00002", List.of(), List.of(2022, 2023)));
    assertThrows(
        IllegalArgumentException.class,
        () -> KoladaQuery.of(List.of("N00002"), List.of(), List.of()));
  }

  @Test
  void pagesThatNeverEndAreStopped() {
    String loop =
        "{\"values\":[],\"next_url\":\"https://api.kolada.se/v3/data/kpi/N00002/year/2022?page=2\"}";
    server.on("/v3/data/kpi/N00002/year/2022", Reply.of(200, loop));
    var e =
        assertThrows(
            org.barometer.statistics.application.FetchException.class,
            () ->
                client.fetch(KoladaQuery.of(List.of("N00002"), List.of(), List.of(2022)), p -> {}));
    assertTrue(e.getMessage().startsWith("Kolada's pages do not end"), e.getMessage());
  }

  @Test
  void anUnknownKpiIsRefusedBeforeAnyDataIsAskedFor() {
    server.on("/v3/kpi/X99999", Reply.of(200, "{\"count\":0,\"values\":[],\"next_url\":null}"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                client.fetch(
                    KoladaQuery.of(List.of("X99999"), List.of("0180"), List.of()), p -> {}));
    assertEquals("Kolada has no KPI X99999", e.getMessage());
    assertEquals(1, server.requests().size());
  }

  @Test
  void municipalitiesAreAskedForTwentyAtATimeEachBatchOnePart() throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 45; i++) {
      ids.add(String.format("%04d", i));
    }
    // 45 municipalities: batches of 20, 20 and 5; each answered with one hand-made row
    for (List<String> batch :
        List.of(ids.subList(0, 20), ids.subList(20, 40), ids.subList(40, 45))) {
      String row =
          "{\"values\":[{\"kpi\":\"N00002\",\"municipality\":\""
              + batch.get(0)
              + "\",\"period\":2023,\"values\":[{\"gender\":\"T\",\"value\":1.0}]}]}";
      server.on(
          "/v3/data/kpi/N00002/municipality/" + String.join(",", batch) + "/year/2023",
          Reply.of(200, row));
    }
    List<FetchedPart> parts = new ArrayList<>();
    FetchCount count =
        client.fetch(KoladaQuery.of(List.of("N00002"), ids, List.of(2023)), parts::add);
    assertEquals(new FetchCount(3, 3), count);
    assertEquals(4, server.requests().size()); // the KPI's title, then three batches
    assertEquals(List.of(1, 2, 3), parts.stream().map(FetchedPart::part).toList());
  }
}
