package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Meetings through the REST API on the real database (H2, or PostgreSQL in CI's second run): the
 * waiting list (a cancellation and a raised capacity move it up), the deadline, 50 registrations at
 * once for 20 seats, and the confirmation e-mail with its calendar entry on a real SMTP server.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingsIT {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void aCancellationAndARaisedCapacityMoveTheWaitingListUp() {
    Api organiser = Api.organiser(base);
    long meeting =
        MeetingsITData.meeting(organiser, "Rundebordssamtale", 2, "2027-03-15T08:00", null);

    JsonObject anna = MeetingsITData.register(base, SMTP, meeting, "Anna", "anna@firma.example");
    MeetingsITData.register(base, SMTP, meeting, "Bjørn", "bjorn@firma.example");
    JsonObject cecilie =
        MeetingsITData.register(base, SMTP, meeting, "Cecilie", "cecilie@firma.example");
    JsonObject david = MeetingsITData.register(base, SMTP, meeting, "David", "david@firma.example");
    JsonObject erik = MeetingsITData.register(base, SMTP, meeting, "Erik", "erik@firma.example");
    assertEquals("CONFIRMED", anna.getString("status"));
    assertEquals("WAITING", cecilie.getString("status"));
    assertEquals(1, cecilie.getInt("waitingPosition"));
    assertEquals(3, erik.getInt("waitingPosition"));
    // the same address in other letters is the same person: the answer is the same as for anyone,
    // and the e-mail says the rest
    Api.Reply again = MeetingsITData.ask(base, meeting, "Anna igjen", "ANNA@firma.example");
    assertEquals(202, again.status(), again.body());
    assertEquals("PENDING", again.json().getString("status"));
    String annasLink = MeetingsITData.tokenMailedTo(SMTP, "ANNA@firma.example", "Allerede påmeldt");
    assertNotEquals(anna.getString("token"), annasLink, "a new link to the same registration");
    assertEquals(
        5, organiser.get("/api/meetings/" + meeting).json().getJsonArray("registrations").size());

    Api.Reply cancelled =
        Api.anonymous(base)
            .postJson("/api/public/registrations/cancel", "{\"token\":\"" + annasLink + "\"}");
    assertEquals(200, cancelled.status(), cancelled.body());
    assertEquals("CANCELLED", cancelled.json().getString("status"));
    assertEquals("CONFIRMED", statusOf(organiser, meeting, "Cecilie"));
    assertEquals(1, positionOf(organiser, meeting, "David"));

    Api.Reply raised =
        organiser.putJson("/api/meetings/" + meeting + "/capacity", "{\"capacity\":4}");
    assertEquals(200, raised.status(), raised.body());
    assertEquals(2, raised.json().getInt("promoted"));
    assertEquals("CONFIRMED", statusOf(organiser, meeting, "David"));
    assertEquals("CONFIRMED", statusOf(organiser, meeting, "Erik"));
    JsonObject overview = organiser.get("/api/meetings/" + meeting).json();
    assertEquals(4, overview.getInt("confirmed"));
    assertEquals(0, overview.getInt("waiting"));
    assertEquals(
        "CONFIRMED",
        Api.anonymous(base)
            .postJson(
                "/api/public/registrations/lookup",
                "{\"token\":\"" + david.getString("token") + "\"}")
            .json()
            .getString("status"));
  }

  @Test
  void afterTheDeadlineRegistrationIsRefusedWithTheReason() {
    Api organiser = Api.organiser(base);
    LocalDateTime oslo =
        LocalDateTime.now(ZoneId.of("Europe/Oslo")).truncatedTo(ChronoUnit.MINUTES);
    long meeting =
        MeetingsITData.meeting(
            organiser,
            "Frokostmøte",
            10,
            oslo.plusDays(2).toString(),
            oslo.minusHours(1).toString());

    Api.Reply refused =
        Api.anonymous(base)
            .postJson(
                "/api/public/meetings/" + meeting + "/registrations",
                MeetingsITData.form("Kari", "kari@firma.example"));

    assertEquals(409, refused.status(), refused.body());
    assertTrue(refused.json().getString("message").contains("deadline"), refused.body());
  }

  @Test
  void fiftyAtOnceForTwentySeatsGiveTwentySeatsAndThirtyInLine() throws Exception {
    long meeting =
        MeetingsITData.meeting(Api.organiser(base), "Næringsråd", 20, "2027-04-20T09:00", null);
    ExecutorService pool = Executors.newFixedThreadPool(50);
    List<Callable<Api.Reply>> asks = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String email = "person" + i + "@firma.example";
      asks.add(() -> MeetingsITData.ask(base, meeting, "Person " + email, email));
    }
    for (Future<Api.Reply> asked : pool.invokeAll(asks)) {
      assertEquals(202, asked.get().status(), asked.get().body());
    }
    assertEquals(
        0,
        Api.organiser(base).get("/api/meetings/" + meeting).json().getInt("confirmed"),
        "nothing is held before the links are opened");
    List<Callable<Api.Reply>> confirmations = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String token = MeetingsITData.tokenMailedTo(SMTP, "person" + i + "@firma.example", "Bekreft");
      confirmations.add(
          () ->
              Api.anonymous(base)
                  .postJson("/api/public/registrations/confirm", "{\"token\":\"" + token + "\"}"));
    }
    List<Future<Api.Reply>> replies = pool.invokeAll(confirmations);
    pool.shutdown();

    int confirmed = 0;
    Set<Integer> positions = new HashSet<>();
    for (Future<Api.Reply> reply : replies) {
      JsonObject receipt = reply.get().json();
      assertEquals(200, reply.get().status(), reply.get().body());
      if (receipt.getString("status").equals("CONFIRMED")) {
        confirmed++;
      } else {
        assertTrue(positions.add(receipt.getInt("waitingPosition")), "a position given twice");
      }
    }
    assertEquals(20, confirmed);
    assertEquals(30, positions.size());
    assertEquals(1, positions.stream().mapToInt(Integer::intValue).min().orElseThrow());
    assertEquals(30, positions.stream().mapToInt(Integer::intValue).max().orElseThrow());
    JsonObject overview = Api.organiser(base).get("/api/meetings/" + meeting).json();
    assertEquals(20, overview.getInt("confirmed"));
    assertEquals(30, overview.getInt("waiting"));
  }

  @Test
  void theConfirmationCarriesACalendarEntryAtTheMeetingsTime() throws Exception {
    long meeting =
        MeetingsITData.meeting(Api.organiser(base), "Næringsfrokost", 30, "2027-03-15T08:00", null);
    SMTP.reset();

    MeetingsITData.register(base, SMTP, meeting, "Kari Nordmann", "kari.nordmann@firma.example");

    assertTrue(SMTP.waitForIncomingEmail(10_000, 2), "the link to confirm, then the confirmation");
    MimeMessage mail = SMTP.getReceivedMessages()[1];
    assertTrue(mail.getSubject().startsWith("Påmeldt"), mail.getSubject());
    assertEquals("kari.nordmann@firma.example", mail.getAllRecipients()[0].toString());
    String ics = calendarPart((Multipart) mail.getContent());
    Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
    VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
    // 08:00 in Oslo on 15 March 2027 (winter time, UTC+1) is 07:00 UTC
    assertTrue(ics.contains("DTSTART;TZID=Europe/Oslo:20270315T080000"), ics);
    assertEquals(
        Instant.parse("2027-03-15T07:00:00Z"),
        ((ZonedDateTime) event.getDateTimeStart().getDate()).toInstant(),
        ics);
  }

  @Test
  void anInvitedBusinessGetsTheLinkAndOnlyInvitedBusinessesMayRegister() throws Exception {
    Surveys.openCycleWithRegister(Api.analyst(base), Surveys.uniqueCode("register"));
    Api organiser = Api.organiser(base);
    long meeting = MeetingsITData.meeting(organiser, "Næringsråd (lukket)", 10);
    Api.Reply closed =
        organiser.putJson(
            "/api/meetings/" + meeting,
            "{\"title\":\"Næringsråd (lukket)\",\"start\":\"2027-03-15T08:00\","
                + "\"end\":\"2027-03-15T10:00\",\"zone\":\"Europe/Oslo\","
                + "\"place\":\"Rådhuset\",\"capacity\":10,\"access\":\"INVITATION\","
                + "\"language\":\"nb\"}");
    assertEquals(200, closed.status(), closed.body());
    SMTP.reset();

    Api.Reply invited =
        organiser.postJson(
            "/api/meetings/" + meeting + "/invitations", "{\"orgNumbers\":[\"923 609 016\"]}");

    assertEquals(200, invited.status(), invited.body());
    assertEquals(1, invited.json().getInt("invited"));
    assertTrue(SMTP.waitForIncomingEmail(10_000, 1));
    MimeMessage invitation = SMTP.getReceivedMessages()[0];
    assertEquals("post@equinor.example", invitation.getAllRecipients()[0].toString());
    Matcher address =
        Pattern.compile("/meetings/(" + meeting + "\\?key=[A-Za-z0-9_-]{16})")
            .matcher(((String) invitation.getContent()).replace("=\r\n", ""));
    assertTrue(address.find(), (String) invitation.getContent());
    String page = address.group(1);
    // without the key the meeting cannot be found by counting ids
    assertEquals(404, Api.anonymous(base).get("/api/public/meetings/" + meeting).status());
    assertEquals(
        404, Api.anonymous(base).get("/api/public/meetings/" + meeting + "?key=x").status());
    assertEquals(200, Api.anonymous(base).get("/api/public/meetings/" + page).status());
    // the form's org number is Equinor's (923609016): invited
    MeetingsITData.register(base, SMTP, page, "Eva Equinor", "eva@equinor.example");
    Api.Reply outsider =
        Api.anonymous(base)
            .postJson(
                "/api/public/meetings/" + page.replace("?", "/registrations?"),
                MeetingsITData.form("Olav Ute", "olav@ute.example")
                    .replace("923609016", "974760673"));
    assertEquals(409, outsider.status(), outsider.body());
    assertTrue(outsider.json().getString("message").contains("invitation"), outsider.body());
    Api.Reply unknown =
        organiser.postJson(
            "/api/meetings/" + meeting + "/invitations", "{\"orgNumbers\":[\"123\"]}");
    assertEquals(422, unknown.status(), unknown.body());
    assertEquals("orgNumbers", unknown.json().getString("field"));
  }

  @Test
  void thoseWhoCameGetTheFeedbackSurveyOnceAndAnswerAnonymously() throws Exception {
    Api organiser = Api.organiser(base);
    long meeting = MeetingsITData.meeting(organiser, "Rundebordssamtale", 10);
    MeetingsITData.register(base, SMTP, meeting, "Kari Kom", "kari@kom.example");
    MeetingsITData.register(base, SMTP, meeting, "Ola Kom", "ola@kom.example");
    MeetingsITData.register(base, SMTP, meeting, "Per Borte", "per@borte.example");
    assertEquals(
        409, organiser.post("/api/meetings/" + meeting + "/feedback").status(), "nobody came yet");
    mark(organiser, meeting, "Kari Kom", "ATTENDED");
    mark(organiser, meeting, "Ola Kom", "ATTENDED");
    mark(organiser, meeting, "Per Borte", "NO_SHOW");
    SMTP.reset();

    Api.Reply sent = organiser.post("/api/meetings/" + meeting + "/feedback");

    assertEquals(200, sent.status(), sent.body());
    assertEquals(2, sent.json().getInt("mailed"));
    assertTrue(SMTP.waitForIncomingEmail(10_000, 2));
    Map<String, String> links = new HashMap<>();
    for (MimeMessage mail : SMTP.getReceivedMessages()) {
      String body = ((String) mail.getContent()).replace("\r", "");
      Matcher link = Pattern.compile("/s/([A-Za-z0-9_-]+)").matcher(body);
      assertTrue(link.find(), body);
      links.put(mail.getAllRecipients()[0].toString(), link.group(1));
      assertTrue(
          mail.getSubject().startsWith("Tilbakemelding: Rundebordssamtale"), mail.getSubject());
    }
    assertEquals(Set.of("kari@kom.example", "ola@kom.example"), links.keySet());

    Api.Reply answered =
        Api.anonymous(base)
            .postJson(
                "/api/responses",
                Surveys.submission(
                    links.get("kari@kom.example"),
                    "{\"usefulness\":[\"5\"],\"attend_again\":[\"yes\"]}"));
    assertEquals(201, answered.status(), answered.body());
    Api.Reply again = organiser.post("/api/meetings/" + meeting + "/feedback");
    assertEquals(0, again.json().getInt("mailed"), "nobody gets a second link");
    JsonObject progress = organiser.get("/api/meetings/" + meeting + "/feedback").json();
    assertEquals(2, progress.getInt("invited"));
    assertEquals(1, progress.getInt("answered"));
    assertEquals(
        404,
        organiser
            .get("/api/meetings/" + MeetingsITData.meeting(organiser, "Ny", 5) + "/feedback")
            .status());
  }

  private static void mark(Api organiser, long meeting, String name, String attendance) {
    long id = MeetingsITData.person(organiser, meeting, name).getJsonNumber("id").longValue();
    Api.Reply r =
        organiser.putJson(
            "/api/registrations/" + id + "/attendance", "{\"attendance\":\"" + attendance + "\"}");
    assertEquals(200, r.status(), r.body());
  }

  @Test
  void aConfirmationTheMailServerRefusedIsSentAgainWithANewLink() throws Exception {
    Api organiser = Api.organiser(base);
    long meeting = MeetingsITData.meeting(organiser, "Frokost mens e-posten er nede", 10);
    MeetingsITData.ask(base, meeting, "Kari Nede", "kari@nede.example");
    String token = MeetingsITData.tokenMailedTo(SMTP, "kari@nede.example", "Bekreft");
    SMTP.stop();

    // the seat stands although the mail could not be sent
    MeetingsITData.confirm(base, token);
    JsonArray unsent = organiser.get("/api/meetings/" + meeting + "/unsent-mail").jsonArray();
    assertEquals(1, unsent.size(), unsent.toString());
    assertEquals("CONFIRMED", unsent.getJsonObject(0).getString("kind"));
    assertEquals(1, unsent.getJsonObject(0).getInt("attempts"));

    SMTP.start();
    assertTrue(SMTP.getSmtp().waitTillRunning(10_000));
    Api.Reply retried = organiser.post("/api/meetings/" + meeting + "/unsent-mail/retry");
    assertEquals(200, retried.status(), retried.body());
    assertEquals(1, retried.json().getInt("sent"));
    assertTrue(SMTP.waitForIncomingEmail(10_000, 1));
    MimeMessage mail = SMTP.getReceivedMessages()[0];
    assertEquals("kari@nede.example", mail.getAllRecipients()[0].toString());
    Matcher link =
        Pattern.compile("/m/([A-Za-z0-9_-]+)")
            .matcher(calendarOrText((Multipart) mail.getContent()));
    assertTrue(link.find());
    Api.Reply own =
        Api.anonymous(base)
            .postJson("/api/public/registrations/lookup", "{\"token\":\"" + link.group(1) + "\"}");
    assertEquals(200, own.status(), own.body());
    assertEquals(0, organiser.get("/api/meetings/" + meeting + "/unsent-mail").jsonArray().size());
  }

  @Test
  void thePublicSeesWhatThePageShowsAndOnlyTheRegisteredGetTheVideoLink() {
    Api organiser = Api.organiser(base);
    long meeting = MeetingsITData.meeting(organiser, "Digital frokost", 10);
    Api.Reply online =
        organiser.putJson(
            "/api/meetings/" + meeting,
            "{\"title\":\"Digital frokost\",\"start\":\"2027-03-15T08:00\","
                + "\"end\":\"2027-03-15T10:00\",\"zone\":\"Europe/Oslo\","
                + "\"videoLink\":\"https://video.example/rom-7\",\"capacity\":10,"
                + "\"language\":\"nb\"}");
    assertEquals(200, online.status(), online.body());

    Api.Reply announced = Api.anonymous(base).get("/api/public/meetings/" + meeting);
    assertEquals(200, announced.status(), announced.body());
    assertFalse(announced.body().contains("video.example"), announced.body());
    assertFalse(announced.body().contains("capacity"), announced.body());
    assertTrue(announced.json().getJsonObject("meeting").getBoolean("online"));

    JsonObject kari = MeetingsITData.register(base, SMTP, meeting, "Kari", "kari@digital.example");
    assertEquals("https://video.example/rom-7", kari.getString("videoLink"));
  }

  @Test
  void noScriptCanFloodAnInboxWithConfirmationLinks() {
    long meeting = MeetingsITData.meeting(Api.organiser(base), "Frokost", 10);
    SMTP.reset();
    for (int i = 1; i <= 5; i++) {
      Api.Reply asked = MeetingsITData.ask(base, meeting, "Offer", "offer@innboks.example");
      assertEquals(202, asked.status(), i + ": " + asked.body());
    }
    Api.Reply refused = MeetingsITData.ask(base, meeting, "Offer", "OFFER@innboks.example");
    assertEquals(429, refused.status(), refused.body());
    assertTrue(refused.json().getString("message").contains("Too many"), refused.body());
    assertTrue(SMTP.waitForIncomingEmail(10_000, 5));
    assertEquals(5, SMTP.getReceivedMessages().length, "no mail for the refused one");
  }

  @Test
  void whoRegisteredNeedsTheOrganiserRoleWhileForumsAreReadByEveryStaffRole() {
    assertEquals(200, Api.viewer(base).get("/api/forums").status());
    assertEquals(403, Api.viewer(base).postJson("/api/forums", "{}").status());
    assertEquals(401, Api.anonymous(base).get("/api/meetings").status());
    assertEquals(403, Api.viewer(base).get("/api/registrants?email=a@b.example").status());
  }

  private static String statusOf(Api organiser, long meeting, String name) {
    return MeetingsITData.person(organiser, meeting, name).getString("status");
  }

  private static int positionOf(Api organiser, long meeting, String name) {
    return MeetingsITData.person(organiser, meeting, name).getInt("waitingPosition");
  }

  /** The text of a mail with a calendar entry: its first part. */
  private static String calendarOrText(Multipart multipart) throws Exception {
    return multipart.getBodyPart(0).getContent().toString();
  }

  private static String calendarPart(Multipart multipart) throws Exception {
    for (int i = 0; i < multipart.getCount(); i++) {
      BodyPart part = multipart.getBodyPart(i);
      if (part.getContentType().startsWith("text/calendar")) {
        return new String(part.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      }
      if (part.getContent() instanceof Multipart inner) {
        String found = calendarPart(inner);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
