package org.barometer.statistics.infrastructure.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.barometer.shared.Country;
import org.barometer.statistics.application.DatasetMapping;
import org.barometer.statistics.application.FetchException;
import org.barometer.statistics.application.FetchSummary;
import org.barometer.statistics.application.ImportSummary;
import org.barometer.statistics.application.KoladaQuery;
import org.barometer.statistics.application.MappedTable;
import org.barometer.statistics.application.StatisticsFetch;
import org.barometer.statistics.application.StatisticsStore;
import org.barometer.statistics.application.TableRequest;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.infrastructure.fetch.FixtureServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The service end to end against a local server with the real SCB and SSB answers, storing into a
 * store that checks every part maps ({@link MappedTable#of}) and counts it as added.
 */
class OfficeFetchTest {

  /** Records what it is given; every cell counts as new. */
  static final class RecordingStore implements StatisticsStore {
    final List<Dataset> datasets = new ArrayList<>();
    final List<DatasetMapping> mappings = new ArrayList<>();
    final List<String> sources = new ArrayList<>();

    @Override
    public ImportSummary store(Dataset dataset, DatasetMapping mapping, String source)
        throws ImportException {
      MappedTable table = MappedTable.of(dataset, mapping);
      datasets.add(dataset);
      mappings.add(mapping);
      sources.add(source);
      return new ImportSummary(
          dataset.size(),
          dataset.size(),
          0,
          0,
          dataset.missingBySymbol(),
          table.series().size(),
          table.regions().size(),
          table.periods().size());
    }
  }

  private FixtureServer server;
  private RecordingStore store;
  private StatisticsFetch fetch;

  @BeforeEach
  void start() throws Exception {
    server = FixtureServer.start();
    store = new RecordingStore();
    fetch =
        new OfficeFetch(
            store,
            server.base("/ssb/api/pxwebapi/v2"),
            server.base("/scb/api/v2"),
            server.base("/kolada/v3"),
            Duration.ofSeconds(5),
            new FakeTime());
    server.on(
        "/scb/api/v2/tables/TAB6471/metadata",
        Reply.file("pxweb-v2-metadata/GENERATED-scb-TAB6471-metadata.json"));
    server.on(
        "/scb/api/v2/tables/TAB6471/data",
        Reply.file("scb/scb-TAB6471-folkmangd-manad-v2-jsonstat2.json"));
    server.on(
        "/ssb/api/pxwebapi/v2/tables/12367/metadata",
        Reply.file("pxweb-v2-metadata/GENERATED-ssb-12367-metadata.json"));
    server.on(
        "/ssb/api/pxwebapi/v2/tables/12367/data",
        Reply.file("ssb/ssb-12367-kostra-regnskap-jsonstat2.json"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void anScbTableIsStoredWithEveryCellUnderScbAndSwedishCodes() throws Exception {
    FetchSummary summary = fetch.fetchTable("scb", "TAB6471", TableRequest.all("sv"));
    assertEquals(new FetchSummary("SCB", List.of("TAB6471"), 1, 2_772, 2_772, 0, 0), summary);
    assertEquals(List.of("SCB"), store.sources);
    DatasetMapping mapping = store.mappings.get(0);
    assertEquals("Region", mapping.regionDimension());
    assertEquals("Tid", mapping.timeDimension());
    assertEquals("ContentsCode", mapping.measureDimension());
    assertEquals(Country.SE, mapping.office());
  }

  @Test
  void regionsAndPeriodsAreAskedForOnTheTablesOwnVariables() throws Exception {
    // the server answers with the whole file, so ask for exactly its regions and years
    TableRequest request =
        new TableRequest("no", List.of("EAK", "EAKUO", "3001", "EKG16", "EKG17"), 5, null);
    FetchSummary summary = fetch.fetchTable("SSB", "12367", request);
    assertEquals(1_250, summary.read());
    assertEquals(Map.of(":", 85L, ".", 400L), store.datasets.get(0).missingBySymbol());
    assertEquals(Country.NO, store.mappings.get(0).office());
    assertEquals("KOKkommuneregion0000", store.mappings.get(0).regionDimension());
    String query =
        URLDecoder.decode(server.requests().get(1).getRawQuery(), StandardCharsets.UTF_8);
    assertTrue(
        query.contains("valueCodes[KOKkommuneregion0000]=EAK,EAKUO,3001,EKG16,EKG17&"), query);
    assertTrue(query.endsWith("valueCodes[Tid]=2015,2016,2017,2019,2020"), query);
  }

  @Test
  void koladaKpisAreStoredAsTablesUnderKolada() throws Exception {
    server.on(
        "/kolada/v3/kpi/N00002",
        Reply.file("kolada/kolada-v2-kpi-metadata-municipality-type-K.json"));
    server.on(
        "/kolada/v3/data/kpi/N00002/municipality/0180,1280,1480/year/2022,2023",
        Reply.file("kolada/HANDMADE-v3-data-N00002-page1.json"),
        Reply.file("kolada/HANDMADE-v3-data-N00002-page2.json"));
    FetchSummary summary =
        fetch.fetchKolada(
            KoladaQuery.of(
                List.of("N00002"), List.of("0180", "1280", "1480"), List.of(2022, 2023)));
    assertEquals(new FetchSummary("Kolada", List.of("N00002"), 1, 6, 6, 0, 0), summary);
    assertEquals("municipality", store.mappings.get(0).regionDimension());
    assertEquals(
        "Personalkostnader som andel av verksamhetens kostnader, andel (%)",
        store.datasets.get(0).title());
    assertEquals("period", store.mappings.get(0).timeDimension());
    assertEquals(
        "/kolada/v3/data/kpi/N00002/municipality/0180,1280,1480/year/2022,2023?page=2&per_page=4",
        server.requests().get(2).toString());
  }

  @Test
  void anUnknownOfficeOrRegionIsRefusedAndNothingIsStored() {
    assertThrows(
        IllegalArgumentException.class,
        () -> fetch.fetchTable("Hagstofa", "X", TableRequest.all(null)));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                fetch.fetchTable(
                    "SCB", "TAB6471", new TableRequest("sv", List.of("0114"), null, null)));
    assertEquals("Variable Region has no value 0114", e.getMessage());
    assertTrue(store.datasets.isEmpty());
  }

  @Test
  void anOfficeFailureReachesTheCallerWithTheOfficesName() {
    FetchException e =
        assertThrows(
            FetchException.class, () -> fetch.fetchTable("SSB", "99999", TableRequest.all("no")));
    assertTrue(e.getMessage().startsWith("SSB answered 404 to "), e.getMessage());
  }
}
