package org.barometer.it;

import static org.barometer.it.StatusRoundsData.activity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Status rounds through the API, with the mails caught by GreenMail: one owner per address, a link
 * that shows only its owner's activities, reports checked and saved all or nothing, the round's
 * page, reminders only to those who have not reported, and a closed round.
 */
@ExtendWith(ArquillianExtension.class)
class StatusRoundsIT {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return StatusRoundsData.war();
  }

  @ArquillianResource URL base;

  @Test
  void aRoundAsksEachOwnerOnceTakesTheirReportsAndRemindsTheOthers() throws Exception {
    Api analyst = Api.analyst(base);
    List<Long> ids =
        StatusRoundsData.actionPlan(
            base,
            "no-such-plan-" + UUID.randomUUID(),
            activity(
                "Næringsarealstrategi", "Kari Nord", "Plan og bygg", "kari@kommune.example", null),
            activity("Gründerkurs", "Kari Nord", "Plan og bygg", "KARI@kommune.example", null),
            activity("Byggesak på nett", "Ola Sør", "Byggesak", "ola@kommune.example", "YELLOW"),
            activity("Reiselivsnettverk", "Per Vest", "NHO", "per@nho.example", "DONE"),
            activity("Uten eier", null, null, null, null),
            activity("Næringsfrokost", "Per Vest", "NHO", "per@nho.example", "CANCELLED"),
            activity("Kompetanseforum", "Eva Øst", "Næringsrådet", "eva@radet.example", "GREEN"));
    long plan = ids.get(0);
    long areal = ids.get(1);
    long grunder = ids.get(2);
    long byggesak = ids.get(3);
    long kompetanse = ids.get(7);

    assertEquals(
        403,
        Api.viewer(base)
            .postJson(
                "/api/action-plans/" + plan + "/rounds",
                "{\"title\":\"Desember 2026\",\"reportBy\":\"2026-12-18\"}")
            .status());
    JsonObject opened = StatusRoundsData.open(analyst, plan, "Desember 2026", "2026-12-18");
    // Kari (two activities, one address in two spellings), Ola and Eva; Per's are over, one has
    // none
    assertEquals(3, opened.getInt("sent"));
    assertEquals(0, opened.getInt("failed"));
    long round =
        opened.getJsonObject("round").getJsonObject("round").getJsonNumber("id").longValue();
    assertTrue(SMTP.waitForIncomingEmail(10_000, 3));
    assertEquals(
        List.of("eva@radet.example", "kari@kommune.example", "ola@kommune.example"),
        Arrays.stream(SMTP.getReceivedMessages()).map(m -> address(m)).sorted().toList());
    MimeMessage kariMail = StatusRoundsData.mailsTo(SMTP, "kari@kommune.example").get(0);
    String kariText = StatusRoundsData.text(kariMail);
    // no plan with that id: the server's language, bokmål
    assertTrue(
        kariMail.getSubject().startsWith("Statusrapport: Desember 2026, innen 18. desember 2026"),
        kariMail.getSubject());
    assertTrue(kariText.startsWith("Hei Kari Nord,"), kariText);
    assertTrue(
        kariText.contains("Næringsarealstrategi") && kariText.contains("Gründerkurs"), kariText);
    assertFalse(kariText.contains("Byggesak på nett"), kariText);

    Api.Reply again =
        analyst.postJson(
            "/api/action-plans/" + plan + "/rounds",
            "{\"title\":\"Desember 2026 igjen\",\"reportBy\":\"2026-12-18\"}");
    assertEquals(409, again.status(), again.body());

    String kari = StatusRoundsData.tokenMailedTo(SMTP, "kari@kommune.example");
    String ola = StatusRoundsData.tokenMailedTo(SMTP, "ola@kommune.example");
    Api anyone = Api.anonymous(base);
    JsonObject kariPage = own(anyone, kari);
    assertEquals("Kari Nord", kariPage.getString("ownerName"));
    assertTrue(kariPage.getBoolean("open"));
    assertEquals(List.of(areal, grunder), activityIds(kariPage));
    assertEquals(List.of(byggesak), activityIds(own(anyone, ola)));
    assertEquals(
        "YELLOW",
        own(anyone, ola).getJsonArray("activities").getJsonObject(0).getString("currentStatus"));

    // another owner's activity is refused
    Api.Reply foreign =
        report(anyone, kari, "{\"activityId\":" + byggesak + ",\"status\":\"GREEN\"}");
    assertEquals(422, foreign.status(), foreign.body());
    assertEquals("reports[0].activityId", foreign.json().getString("field"));
    // a yellow without cause refuses the whole report, naming the field
    Api.Reply noCause =
        report(
            anyone,
            kari,
            "{\"activityId\":"
                + areal
                + ",\"status\":\"GREEN\"},"
                + "{\"activityId\":"
                + grunder
                + ",\"status\":\"YELLOW\",\"recommendedAction\":\"Flere kurs\"}");
    assertEquals(422, noCause.status(), noCause.body());
    assertEquals("reports[1].cause", noCause.json().getString("field"));
    assertEquals(0, owner(analyst, round, "kari@kommune.example").getInt("reported"));

    Api.Reply saved =
        report(
            anyone,
            kari,
            "{\"activityId\":"
                + areal
                + ",\"status\":\"RED\",\"cause\":\"Reguleringsplanen er forsinket\","
                + "\"recommendedAction\":\"Egen saksbehandler fra januar\",\"note\":\"Se sak 24/113\"},"
                + "{\"activityId\":"
                + grunder
                + ",\"status\":\"GREEN\"}");
    assertEquals(200, saved.status(), saved.body());

    JsonObject page = analyst.get("/api/rounds/" + round).json();
    assertEquals(3, page.getJsonObject("round").getInt("owners"));
    assertEquals(1, page.getJsonObject("round").getInt("ownersReported"));
    JsonObject kariRow = owner(analyst, round, "kari@kommune.example");
    assertEquals(2, kariRow.getInt("reported"));
    assertEquals("Plan og bygg", kariRow.getString("unit"));
    assertTrue(kariRow.containsKey("lastReportedAt"));
    JsonObject red = kariRow.getJsonArray("activities").getJsonObject(0);
    assertEquals("RED", red.getString("status"));
    assertEquals("Reguleringsplanen er forsinket", red.getString("cause"));
    assertEquals("Egen saksbehandler fra januar", red.getString("recommendedAction"));
    assertEquals("Kari Nord", red.getString("reporter"));
    assertEquals(0, owner(analyst, round, "ola@kommune.example").getInt("reported"));
    // viewers read the round
    assertEquals(200, Api.viewer(base).get("/api/rounds/" + round).status());

    SMTP.reset();
    Api.Reply reminded = analyst.post("/api/rounds/" + round + "/reminders");
    assertEquals(200, reminded.status(), reminded.body());
    assertEquals(2, reminded.json().getInt("sent"));
    assertTrue(SMTP.waitForIncomingEmail(10_000, 2));
    assertEquals(
        List.of("eva@radet.example", "ola@kommune.example"),
        Arrays.stream(SMTP.getReceivedMessages()).map(m -> address(m)).sorted().toList());
    MimeMessage olaReminder = StatusRoundsData.mailsTo(SMTP, "ola@kommune.example").get(0);
    assertTrue(olaReminder.getSubject().startsWith("Påminnelse:"), olaReminder.getSubject());
    String olaAgain = StatusRoundsData.tokenMailedTo(SMTP, "ola@kommune.example");
    assertNotEquals(ola, olaAgain);
    // the new link and the first both work
    assertEquals(List.of(byggesak), activityIds(own(anyone, olaAgain)));
    assertEquals(List.of(byggesak), activityIds(own(anyone, ola)));
    assertEquals(1, owner(analyst, round, "ola@kommune.example").getInt("reminders"));
    assertEquals(0, owner(analyst, round, "kari@kommune.example").getInt("reminders"));

    // Eva reports on the reminder's link; the next reminder goes to Ola alone
    String eva = StatusRoundsData.tokenMailedTo(SMTP, "eva@radet.example");
    assertEquals(
        200,
        report(anyone, eva, "{\"activityId\":" + kompetanse + ",\"status\":\"DONE\"}").status());
    SMTP.reset();
    assertEquals(1, analyst.post("/api/rounds/" + round + "/reminders").json().getInt("sent"));
    assertTrue(SMTP.waitForIncomingEmail(10_000, 1));
    assertEquals("ola@kommune.example", address(SMTP.getReceivedMessages()[0]));
    // Eva's activity is done, and stays on her page in this round
    assertEquals(List.of(kompetanse), activityIds(own(anyone, eva)));

    // an unknown link, well formed or not, is the same 404
    Api.Reply unknown =
        anyone.postJson("/api/public/status", "{\"token\":\"" + "A".repeat(27) + "\"}");
    Api.Reply garbage = anyone.postJson("/api/public/status", "{\"token\":\"nonsense\"}");
    assertEquals(404, unknown.status());
    assertEquals(404, garbage.status());
    assertEquals(unknown.json().getString("message"), garbage.json().getString("message"));

    assertEquals(403, Api.viewer(base).post("/api/rounds/" + round + "/close").status());
    Api.Reply closed = analyst.post("/api/rounds/" + round + "/close");
    assertEquals(200, closed.status(), closed.body());
    JsonObject closedPage = own(anyone, ola);
    assertFalse(closedPage.getBoolean("open"));
    assertTrue(closedPage.getJsonArray("activities").isEmpty());
    Api.Reply late = report(anyone, ola, "{\"activityId\":" + byggesak + ",\"status\":\"GREEN\"}");
    assertEquals(409, late.status(), late.body());
    assertEquals(409, analyst.post("/api/rounds/" + round + "/reminders").status());
    assertEquals(0, owner(analyst, round, "ola@kommune.example").getInt("reported"));
  }

  @Test
  void aSwedishPlansOwnersAreWrittenToInSwedish() throws Exception {
    Api analyst = Api.analyst(base);
    String planId = "stenungsund-it-" + UUID.randomUUID().toString().substring(0, 8);
    String yaml =
        Files.readString(Path.of("plans/stenungsund-2035.yaml"))
            .replace("id: stenungsund-2035", "id: " + planId);
    Api.Reply imported = analyst.postYaml("/api/plans", yaml);
    assertTrue(imported.status() / 100 == 2, imported.toString());
    List<Long> ids =
        StatusRoundsData.actionPlan(
            base,
            planId,
            activity(
                "Företagslots",
                "Anna Berg",
                "Näringslivsenheten",
                "anna@stenungsund.example",
                null));
    SMTP.reset();
    StatusRoundsData.open(analyst, ids.get(0), "December 2026", "2026-12-18");
    assertTrue(SMTP.waitForIncomingEmail(10_000, 1));
    MimeMessage mail = SMTP.getReceivedMessages()[0];
    String text = StatusRoundsData.text(mail);
    assertTrue(
        mail.getSubject().startsWith("Statusrapport: December 2026, senast 18 december 2026"),
        mail.getSubject());
    assertTrue(text.startsWith("Hej Anna Berg,"), text);
    assertTrue(text.contains("Företagslots"), text);
    // nothing to ask: no owner left once the only activity is over
    List<Long> over =
        StatusRoundsData.actionPlan(
            base, planId, activity("Klar", "Anna Berg", null, "anna@stenungsund.example", "DONE"));
    Api.Reply none =
        analyst.postJson(
            "/api/action-plans/" + over.get(0) + "/rounds",
            "{\"title\":\"December 2026\",\"reportBy\":\"2026-12-18\"}");
    assertEquals(409, none.status(), none.body());
    Api.Reply noDate =
        analyst.postJson(
            "/api/action-plans/" + over.get(0) + "/rounds", "{\"title\":\"Juni 2027\"}");
    assertEquals(422, noDate.status(), noDate.body());
    assertEquals("reportBy", noDate.json().getString("field"));
  }

  private static String address(MimeMessage m) {
    try {
      return ((InternetAddress) m.getAllRecipients()[0]).getAddress();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject own(Api anyone, String token) {
    Api.Reply page = anyone.postJson("/api/public/status", "{\"token\":\"" + token + "\"}");
    assertEquals(200, page.status(), page.body());
    return page.json();
  }

  private static Api.Reply report(Api anyone, String token, String reports) {
    return anyone.postJson(
        "/api/public/status/reports",
        "{\"token\":\"" + token + "\",\"reports\":[" + reports + "]}");
  }

  private static List<Long> activityIds(JsonObject page) {
    return page.getJsonArray("activities").stream()
        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
        .toList();
  }

  private static JsonObject owner(Api staff, long round, String email) {
    Map<String, JsonObject> owners =
        staff.get("/api/rounds/" + round).json().getJsonArray("owners").stream()
            .map(v -> v.asJsonObject())
            .collect(Collectors.toMap(o -> o.getString("email"), o -> o));
    return owners.get(email);
  }
}
