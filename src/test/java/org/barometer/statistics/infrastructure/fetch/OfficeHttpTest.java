package org.barometer.statistics.infrastructure.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.barometer.statistics.application.FetchException;
import org.barometer.statistics.infrastructure.fetch.FixtureServer.Reply;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Against a local server. The error bodies are hand-written (no real error answer of an office is
 * among the fixtures), the JSON one in the shape of an RFC 9457 problem.
 */
class OfficeHttpTest {

  private static final String TABLE = "scb/scb-TAB6471-folkmangd-manad-v2-jsonstat2.json";

  private FixtureServer server;
  private FakeTime time;
  private OfficeHttp http;

  @BeforeEach
  void start() throws Exception {
    server = FixtureServer.start();
    time = new FakeTime();
    http =
        OfficeHttp.create(
            "SCB", Duration.ofSeconds(5), RateLimit.of(10, Duration.ofSeconds(10)), time);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static long bytes(InputStream in) throws java.io.IOException {
    return in.readAllBytes().length;
  }

  @Test
  void busyAnswersAreRetriedAfterTheirRetryAfter() throws Exception {
    server.on(
        "/data",
        Reply.of(429, "{\"title\":\"Too Many Requests\"}").header("Retry-After", "7"),
        Reply.of(503, "").header("Retry-After", "3"),
        Reply.file(TABLE));
    long size = http.get(server.base("/data"), OfficeHttpTest::bytes);
    assertEquals(36_788, size); // the fixture's size in bytes (SOURCES.md)
    assertEquals(3, server.requests().size());
    assertEquals(List.of(Duration.ofSeconds(7), Duration.ofSeconds(3)), time.sleeps());
  }

  @Test
  void withoutRetryAfterTheWaitDoubles() throws Exception {
    server.on("/data", Reply.of(503, ""), Reply.of(503, ""), Reply.file(TABLE));
    http.get(server.base("/data"), OfficeHttpTest::bytes);
    assertEquals(List.of(Duration.ofSeconds(2), Duration.ofSeconds(4)), time.sleeps());
  }

  @Test
  void retriesAreBoundedAndTheFailureSaysSo() {
    server.on(
        "/data", Reply.of(429, "{\"title\":\"Too Many Requests\"}").header("Retry-After", "1"));
    FetchException e =
        assertThrows(
            FetchException.class, () -> http.get(server.base("/data"), OfficeHttpTest::bytes));
    assertEquals(1 + OfficeHttp.MAX_RETRIES, server.requests().size());
    assertEquals(429, e.status());
    assertTrue(e.getMessage().contains("SCB answered 429"), e.getMessage());
    assertTrue(e.getMessage().contains("retried 4 times"), e.getMessage());
  }

  @Test
  void aRetryAfterLongerThanFiveMinutesIsNotWaitedFor() {
    server.on("/data", Reply.of(503, "down for maintenance").header("Retry-After", "3600"));
    FetchException e =
        assertThrows(
            FetchException.class, () -> http.get(server.base("/data"), OfficeHttpTest::bytes));
    assertEquals(1, server.requests().size());
    assertEquals(Duration.ZERO, time.slept());
    assertTrue(e.getMessage().endsWith(": down for maintenance"), e.getMessage());
  }

  @Test
  void aRefusedQueryNamesTheAddressTheStatusAndTheOfficesText() {
    server.on(
        "/tables/TAB6471/data",
        Reply.of(
            400,
            "{\"type\":\"https://tools.ietf.org/html/rfc9110#section-15.5.1\",\"title\":\"Bad"
                + " Request\",\"status\":400,\"detail\":\"Non-existent value: 9999 for variable"
                + " Region\"}"));
    URI uri = server.base("/tables/TAB6471/data?lang=sv&outputFormat=json-stat2");
    FetchException e =
        assertThrows(FetchException.class, () -> http.get(uri, OfficeHttpTest::bytes));
    assertEquals(400, e.status());
    assertEquals(
        "SCB answered 400 to " + uri + ": Bad Request Non-existent value: 9999 for variable Region",
        e.getMessage());
    assertEquals(1, server.requests().size()); // a refusal is not retried
  }

  @Test
  void aPlainTextOrHtmlErrorIsShownAsText() {
    server.on("/x", Reply.of(500, "<html><body><h1>Internal error</h1></body></html>"));
    FetchException e =
        assertThrows(
            FetchException.class, () -> http.get(server.base("/x"), OfficeHttpTest::bytes));
    assertTrue(e.getMessage().endsWith(": Internal error"), e.getMessage());
  }

  @Test
  void anOfficeThatCannotBeReachedIsNamedAfterBoundedRetries() {
    URI nowhere = server.base("/data");
    server.close(); // nothing listens on the port any more
    FetchException e =
        assertThrows(FetchException.class, () -> http.get(nowhere, OfficeHttpTest::bytes));
    assertEquals(0, e.status());
    assertTrue(e.getMessage().startsWith("SCB could not be reached at " + nowhere), e.getMessage());
    assertEquals(OfficeHttp.MAX_RETRIES, time.sleeps().size());
  }

  @Test
  void everyRequestWaitsItsTurnUnderTheOfficesRateLimit() throws Exception {
    server.on("/data", Reply.of(200, "{}"));
    for (int i = 0; i < 11; i++) {
      http.get(server.base("/data"), OfficeHttpTest::bytes);
    }
    // SCB: 10 calls per 10 s; the fake clock does not move by itself, so the 11th waits 10 s
    assertEquals(List.of(Duration.ofSeconds(10)), time.sleeps());
  }
}
