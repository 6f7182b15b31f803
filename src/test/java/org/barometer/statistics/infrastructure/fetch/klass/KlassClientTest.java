package org.barometer.statistics.infrastructure.fetch.klass;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import org.barometer.statistics.application.FetchException;
import org.barometer.statistics.application.KlassChanges;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.domain.MunicipalityHistory.CodeChange;
import org.barometer.statistics.infrastructure.fetch.FakeTime;
import org.barometer.statistics.infrastructure.fetch.FixtureServer;
import org.barometer.statistics.infrastructure.fetch.FixtureServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The change list is the HAND-MADE file in KLASS's JSON shape (see {@code
 * official-stats/SOURCES.md}; no real KLASS answer is among the project's fixtures). Expected
 * values read by hand from it.
 */
class KlassClientTest {

  private static final String CHANGES = "/klass/v1/classifications/131/changes";

  private FixtureServer server;
  private KlassClient client;

  @BeforeEach
  void start() throws Exception {
    server = FixtureServer.start();
    client = KlassClient.of(server.base("/klass/v1/"), Duration.ofSeconds(5), new FakeTime());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void asksForTheChangesBetweenTwoDaysAndReadsThem() throws Exception {
    server.on(CHANGES, Reply.file("ssb/HANDMADE-klass-131-changes-alesund-snillfjord.json"));
    KlassChanges.Read read =
        client.municipalityChanges(LocalDate.of(1977, 1, 1), LocalDate.of(2027, 1, 1));
    assertEquals(17, read.changes().size());
    assertEquals(new CodeChange("1507", "1580", 2024), read.changes().get(16));
    assertEquals(1, server.requests().size());
    assertEquals(CHANGES, server.requests().get(0).getPath());
    assertEquals("from=1977-01-01&to=2027-01-01", server.requests().get(0).getQuery());
    assertEquals("GET", server.methods().get(0));
  }

  @Test
  void klassesOwnErrorIsInTheMessage() {
    server.on(
        CHANGES,
        Reply.of(
            400,
            "{\"error\":\"Bad Request\",\"message\":\"from must be before to\",\"status\":400}"));
    FetchException e =
        assertThrows(
            FetchException.class,
            () -> client.municipalityChanges(LocalDate.of(1977, 1, 1), LocalDate.of(2027, 1, 1)));
    assertEquals(400, e.status());
    assertTrue(e.getMessage().contains("SSB KLASS answered 400"), e.getMessage());
    assertTrue(e.getMessage().contains("from must be before to"), e.getMessage());
  }

  @Test
  void anAnswerThatIsNotAChangeListIsRefused() {
    server.on(CHANGES, Reply.of(200, "{\"classificationItems\":[]}"));
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> client.municipalityChanges(LocalDate.of(1977, 1, 1), LocalDate.of(2027, 1, 1)));
    assertTrue(e.getMessage().contains("no codeChanges array"), e.getMessage());
  }

  @Test
  void refusesARangeThatEndsBeforeItStarts() {
    assertThrows(
        IllegalArgumentException.class,
        () -> client.municipalityChanges(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 1, 1)));
    assertEquals(0, server.requests().size());
  }
}
