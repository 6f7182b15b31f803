package org.barometer.statistics.infrastructure.fetch.pxweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.barometer.statistics.application.FetchException;
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
 * Against a local server that answers with the real data files of SCB's TAB6471 (a PxWebApi v2
 * answer) and SSB's 12367, and with metadata generated from them (see the README in {@code
 * official-stats/pxweb-v2-metadata}). Cell counts are those of SOURCES.md: 21 * 11 * 3 * 1 * 4 =
 * 2,772 and 5 * 2 * 5 * 5 * 1 * 5 = 1,250, of which 485 are null.
 */
class PxWebClientTest {

  private static final String SCB_DATA = "scb/scb-TAB6471-folkmangd-manad-v2-jsonstat2.json";
  private static final String SCB_META = "pxweb-v2-metadata/GENERATED-scb-TAB6471-metadata.json";
  private static final String SSB_DATA = "ssb/ssb-12367-kostra-regnskap-jsonstat2.json";
  private static final String SSB_META = "pxweb-v2-metadata/GENERATED-ssb-12367-metadata.json";

  private FixtureServer server;
  private FakeTime time;

  @BeforeEach
  void start() throws Exception {
    server = FixtureServer.start();
    time = new FakeTime();
    server.on("/api/v2/tables/TAB6471/metadata", Reply.file(SCB_META));
    server.on("/api/v2/tables/TAB6471/data", Reply.file(SCB_DATA));
    server.on("/api/pxwebapi/v2/tables/12367/metadata", Reply.file(SSB_META));
    server.on("/api/pxwebapi/v2/tables/12367/data", Reply.file(SSB_DATA));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private PxWebClient scb() {
    return PxWebClient.of(
        PxWebOffice.scb().withBaseUri(server.base("/api/v2/")), Duration.ofSeconds(5), time);
  }

  private PxWebClient ssb() {
    return PxWebClient.of(
        PxWebOffice.ssb().withBaseUri(server.base("/api/pxwebapi/v2")),
        Duration.ofSeconds(5),
        time);
  }

  private static String decoded(URI uri) {
    return URLDecoder.decode(uri.getRawQuery(), StandardCharsets.UTF_8);
  }

  @Test
  void theMetadataGivesEachVariablesCodesAndRole() throws Exception {
    TableMetadata m = scb().metadata("TAB6471", "sv");
    assertEquals("TAB6471", m.tableId());
    assertEquals(
        List.of("Region", "Alder", "Kon", "ContentsCode", "Tid"),
        m.variables().stream().map(TableMetadata.Variable::code).toList());
    assertEquals(
        List.of(21, 11, 3, 1, 4),
        m.variables().stream().map(TableMetadata.Variable::size).toList());
    assertEquals("Tid", m.timeVariable().code());
    assertEquals(List.of("2026M01", "2026M02", "2026M03", "2026M04"), m.timeVariable().values());
    assertEquals("Region", m.regionVariable().code()); // by name: the file has no geo role
    assertEquals(DimensionRole.METRIC, m.variable("ContentsCode").role());
    assertFalse(m.variable("Region").elimination());
    assertEquals(2_772, m.cells());
    assertEquals("/api/v2/tables/TAB6471/metadata", server.requests().get(0).getPath());
    assertEquals("lang=sv", server.requests().get(0).getQuery());
  }

  @Test
  void ssbsKostraRegionVariableIsFoundByItsName() throws Exception {
    TableMetadata m = ssb().metadata("12367", "no");
    assertEquals("KOKkommuneregion0000", m.regionVariable().code());
    assertEquals(List.of("EAK", "EAKUO", "3001", "EKG16", "EKG17"), m.regionVariable().values());
    assertEquals(List.of("2015", "2016", "2017", "2019", "2020"), m.timeVariable().values());
  }

  @Test
  void aWholeTableWithinTheLimitIsFetchedInOnePartAsJsonStat2() throws Exception {
    List<FetchedPart> received = new ArrayList<>();
    FetchCount count = scb().fetch(TableQuery.of("TAB6471", "sv"), received::add);
    assertEquals(new FetchCount(1, 2_772), count);
    assertEquals(1, received.size());
    FetchedPart part = received.get(0);
    assertEquals(2_772, part.dataset().size());
    assertEquals("SCB", part.office());
    assertEquals("TAB6471", part.dataset().tableId());
    assertEquals(1, part.parts());
    URI data = server.requests().get(1);
    assertEquals("/api/v2/tables/TAB6471/data", data.getPath());
    assertEquals(
        "lang=sv&outputFormat=json-stat2&valueCodes[Region]=*&valueCodes[Alder]=*"
            + "&valueCodes[Kon]=*&valueCodes[ContentsCode]=*&valueCodes[Tid]=*",
        decoded(data));
  }

  @Test
  void selectedCodesAreSentAsCodesAndTheAnswerKeepsItsMissingCells() throws Exception {
    TableQuery q =
        TableQuery.of("12367", "no")
            .with("KOKkommuneregion0000", ValueSelection.all())
            .with("Tid", ValueSelection.from("2015"));
    List<FetchedPart> received = new ArrayList<>();
    FetchCount count = ssb().fetch(q, received::add);
    assertEquals(new FetchCount(1, 1_250), count);
    assertEquals(
        485,
        received.get(0).dataset().missingBySymbol().values().stream()
            .mapToLong(Long::longValue)
            .sum());
    assertTrue(
        decoded(server.requests().get(1)).endsWith("&valueCodes[Tid]=2015,2016,2017,2019,2020"));
  }

  @Test
  void aQueryOverTheLimitIsRequestedInPartsAndEachAnswerIsChecked() throws Exception {
    // 1,250 cells, limit 500: regions first (5, as many as years, and first in the table):
    // 250 cells a region, 2 regions a part, so parts of 2, 2 and 1 regions.
    PxWebClient client =
        PxWebClient.of(
            PxWebOffice.ssb().withBaseUri(server.base("/api/pxwebapi/v2")).withMaxCells(500),
            Duration.ofSeconds(5),
            time);
    TableQuery q = TableQuery.of("12367", "no");
    List<SubQuery> plan = client.plan(q);
    assertEquals(List.of(500L, 500L, 250L), plan.stream().map(SubQuery::cells).toList());
    assertTrue(
        decoded(client.dataUri(q, plan.get(1)))
            .contains("valueCodes[KOKkommuneregion0000]=3001,EKG16&"));
    // the test server answers every part with the whole file: 1,250 cells where 500 were asked
    List<FetchedPart> received = new ArrayList<>();
    FetchException e = assertThrows(FetchException.class, () -> client.fetch(q, received::add));
    assertTrue(e.getMessage().contains("answered 1250 cells"), e.getMessage());
    assertTrue(e.getMessage().endsWith("but 500 were asked for"), e.getMessage());
    assertTrue(received.isEmpty());
  }

  @Test
  void aSelectionTheTableCannotMeetIsRefusedBeforeAnyDataIsAskedFor() {
    TableQuery q = TableQuery.of("TAB6471", "sv").with("Region", ValueSelection.codes("0114"));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> scb().fetch(q, part -> {}));
    assertEquals("Variable Region has no value 0114", e.getMessage());
    assertEquals(1, server.requests().size()); // the metadata only
  }

  @Test
  void anUnknownTableIsAFetchFailureNamingTheAddress() {
    FetchException e = assertThrows(FetchException.class, () -> scb().metadata("TAB9999", "sv"));
    assertEquals(404, e.status());
    assertTrue(
        e.getMessage()
            .startsWith(
                "SCB answered 404 to " + server.base("/api/v2/tables/TAB9999/metadata?lang=sv")),
        e.getMessage());
  }

  /** A made-up table BIG: 1,000 regions, 1 measure, 1 year; metadata or data (value 0..999). */
  private static String bigTable(boolean data) {
    StringBuilder index = new StringBuilder();
    for (int i = 0; i < 1000; i++) {
      index.append(i == 0 ? "" : ",").append(String.format("\"R%04d\":%d", i, i));
    }
    StringBuilder values = new StringBuilder();
    for (int i = 0; data && i < 1000; i++) {
      values.append(i == 0 ? "" : ",").append(i);
    }
    return "{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"BIG\","
        + "\"id\":[\"Region\",\"ContentsCode\",\"Tid\"],\"size\":[1000,1,1],"
        + "\"role\":{\"time\":[\"Tid\"],\"metric\":[\"ContentsCode\"]},\"dimension\":{"
        + "\"Region\":{\"label\":\"region\",\"category\":{\"index\":{"
        + index
        + "}}},\"ContentsCode\":{\"label\":\"x\",\"category\":{\"index\":{\"X\":0}}},"
        + "\"Tid\":{\"label\":\"year\",\"category\":{\"index\":{\"2024\":0}}}},"
        + "\"value\":["
        + values
        + "]}";
  }

  @Test
  void aPartWhoseCodesMakeTooLongAnAddressIsPosted() throws Exception {
    server.on("/api/v2/tables/BIG/metadata", Reply.of(200, bigTable(false)));
    server.on("/api/v2/tables/BIG/data", Reply.of(200, bigTable(true)));
    List<String> regions = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      regions.add(String.format("R%04d", i));
    }
    TableQuery q = TableQuery.of("BIG", "en").with("Region", ValueSelection.codes(regions));
    List<FetchedPart> received = new ArrayList<>();
    // 1,000 codes of 5 characters and their commas make an address of over 6,000 characters
    assertEquals(new FetchCount(1, 1_000), scb().fetch(q, received::add));
    assertEquals(List.of("GET", "POST"), server.methods());
    assertEquals("lang=en&outputFormat=json-stat2", server.requests().get(1).getQuery());
    String body = server.bodies().get(1);
    assertTrue(
        body.startsWith(
            "{\"selection\":[{\"variableCode\":\"Region\",\"valueCodes\":[\"R0000\",\"R0001\","),
        body);
    assertTrue(body.endsWith("{\"variableCode\":\"Tid\",\"valueCodes\":[\"*\"]}]}"), body);
    assertEquals(999.0, received.get(0).dataset().values()[999]);
  }
}
