package org.barometer.statistics.interfaces.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.UpstreamFailureException;
import org.barometer.statistics.application.FetchSummary;
import org.barometer.statistics.application.ImportSummary;
import org.barometer.statistics.domain.MunicipalityChangeStore;
import org.barometer.statistics.domain.MunicipalityHistory.CodeChange;
import org.barometer.statistics.infrastructure.fetch.FakeTime;
import org.barometer.statistics.infrastructure.fetch.FixtureServer;
import org.barometer.statistics.infrastructure.fetch.FixtureServer.Reply;
import org.barometer.statistics.infrastructure.fetch.OfficeFetch;
import org.barometer.statistics.interfaces.rest.StatisticsFetchResource.KoladaFetch;
import org.barometer.statistics.interfaces.rest.StatisticsFetchResource.TableFetch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the resource answers, without a server: summaries, 422 for bad input, an upstream failure
 * (502, see ErrorMappers) naming the office's text.
 */
class StatisticsFetchResourceTest {

  private FixtureServer server;
  private StatisticsFetchResource resource;

  @BeforeEach
  void start() throws Exception {
    server = FixtureServer.start();
    resource = new StatisticsFetchResource();
    resource.fetch =
        new OfficeFetch(
            (dataset, mapping, source) ->
                new ImportSummary(
                    dataset.size(), 0, 0, dataset.size(), java.util.Map.of(), 1, 1, 1),
            server.base("/ssb"),
            server.base("/scb"),
            server.base("/kolada/v3"),
            Duration.ofSeconds(5),
            new FakeTime());
    server.on(
        "/scb/tables/TAB6471/metadata",
        Reply.file("pxweb-v2-metadata/GENERATED-scb-TAB6471-metadata.json"));
    server.on(
        "/scb/tables/TAB6471/data",
        Reply.file("scb/scb-TAB6471-folkmangd-manad-v2-jsonstat2.json"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anEmptyBodyFetchesTheWholeTableAndARepeatIsUnchanged() {
    FetchSummary summary = resource.fetchTable("SCB", "TAB6471", null);
    assertEquals(new FetchSummary("SCB", List.of("TAB6471"), 1, 2_772, 0, 0, 2_772), summary);
  }

  @Test
  void aPeriodTheTableLacksIs422() {
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () ->
                resource.fetchTable("SCB", "TAB6471", new TableFetch("sv", null, null, "1999M01")));
    assertEquals("Variable Tid has no value 1999M01 to start from", e.getMessage());
    assertThrows(
        InvalidInputException.class,
        () -> resource.fetchKolada(new KoladaFetch(List.of("N00002"), List.of(), List.of())));
  }

  @Test
  void anOfficeRefusalIsAnUpstreamFailureWithTheOfficesText() {
    server.on(
        "/ssb/tables/12367/metadata",
        Reply.of(400, "{\"title\":\"Bad Request\",\"detail\":\"Unknown language xx\"}"));
    UpstreamFailureException e =
        assertThrows(
            UpstreamFailureException.class,
            () -> resource.fetchTable("ssb", "12367", new TableFetch("xx", null, null, null)));
    assertTrue(e.getMessage().startsWith("SSB answered 400 to "), e.getMessage());
    assertTrue(e.getMessage().endsWith(": Bad Request Unknown language xx"), e.getMessage());
  }

  @Test
  void municipalCodeChangesAreFetchedFromKlassAndStored() throws Exception {
    List<CodeChange> stored = new java.util.ArrayList<>();
    MunicipalityChangeStore store =
        new MunicipalityChangeStore() {
          @Override
          public List<CodeChange> fetched() {
            return List.copyOf(stored);
          }

          @Override
          public java.util.Optional<java.time.Instant> fetchedAt() {
            return java.util.Optional.empty();
          }

          @Override
          public void replace(List<CodeChange> rows, java.time.Instant at) {
            stored.clear();
            stored.addAll(rows);
          }
        };
    resource.codes =
        new org.barometer.statistics.application.MunicipalityCodes(
            store,
            new org.barometer.statistics.infrastructure.fetch.KlassFetch(
                server.base("/klass"), Duration.ofSeconds(5), new FakeTime()));
    server.on(
        "/klass/classifications/131/changes",
        Reply.file("ssb/HANDMADE-klass-131-changes-alesund-snillfjord.json"));
    var refresh = resource.fetchMunicipalityCodes();
    assertEquals(17, refresh.changes());
    assertEquals(17, store.fetched().size());

    server.on(
        "/klass/classifications/131/changes",
        Reply.of(500, "{\"error\":\"Internal Server Error\",\"message\":\"KLASS is down\"}"));
    UpstreamFailureException e =
        assertThrows(UpstreamFailureException.class, () -> resource.fetchMunicipalityCodes());
    assertTrue(e.getMessage().contains("KLASS is down"), e.getMessage());
    assertEquals(17, store.fetched().size(), "a failed fetch leaves the stored list");
  }
}
