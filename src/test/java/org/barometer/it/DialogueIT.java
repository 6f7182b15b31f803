package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Following up the dialogue through the API on the real database: follow-up points that name a goal
 * of a plan (checked), the list of open points across meetings, what viewers may read, past
 * meetings, minutes mailed to those who attended, participants from outside the business register,
 * and a plan indicator counting the meetings held.
 */
@ExtendWith(ArquillianExtension.class)
class DialogueIT {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  /** The forum the plan's indicator counts, named anew for each run (the database may be kept). */
  static final String COUNTED = "Dialog-IT rundabord " + System.nanoTime();

  static final String PLAN =
      """
      format: barometer-plan/1
      id: it-dialogue
      municipality: {code: "1415", name: Stenungsund, country: SE}
      title: Dialog (test)
      period: 2024-2027
      goals:
        - id: dialogue
          title: Dialog med näringslivet
          indicators:
            - id: round-tables
              name: Rundabordssamtal per år
              source: {type: dialogue, measure: meetings_held, forum: "%s"}
              target: {rule: threshold, value: 1}
          goals:
            - id: skills
              title: Kompetensförsörjning
              indicators: []
      """
          .formatted(COUNTED);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  private Api organiser;

  @BeforeEach
  void plan() {
    organiser = Api.organiser(base);
    Api.Reply plan = Api.analyst(base).postYaml("api/plans?fileName=it-dialogue.yaml", PLAN);
    assertTrue(plan.status() == 200 || plan.status() == 201, plan.toString());
  }

  private long forum(String name) {
    Api.Reply forum =
        organiser.postJson(
            "/api/forums", "{\"name\":\"" + name + "\",\"organiser\":\"Näringslivsenheten\"}");
    assertEquals(201, forum.status(), forum.body());
    return forum.json().getJsonNumber("id").longValue();
  }

  private long meeting(long forum, String title, String start) {
    Api.Reply created =
        organiser.postJson(
            "/api/forums/" + forum + "/meetings",
            "{\"title\":\""
                + title
                + "\",\"start\":\""
                + start
                + "\",\"end\":\""
                + start.replace("T08:", "T10:")
                + "\",\"zone\":\"Europe/Stockholm\",\"place\":\"Kommunhuset\",\"capacity\":10,"
                + "\"language\":\"sv\"}");
    assertEquals(201, created.status(), created.body());
    return created.json().getJsonNumber("id").longValue();
  }

  private Api.Reply followUp(long meeting, String text, String due, String goalFields) {
    return organiser.postJson(
        "/api/meetings/" + meeting + "/follow-ups",
        "{\"text\":\""
            + text
            + "\",\"owner\":\"Anna\",\"dueOn\":\""
            + due
            + "\""
            + (goalFields.isEmpty() ? "" : "," + goalFields)
            + "}");
  }

  @Test
  void aFollowUpNamesAGoalOfAPlanAndTheScorecardShowsIt() {
    long meeting = meeting(forum("Dialog-IT frukost"), "Frukostmöte", "2027-04-20T08:00");

    Api.Reply noGoal =
        followUp(meeting, "x", "2027-05-01", "\"planId\":\"it-dialogue\",\"goalId\":\"nope\"");
    assertEquals(400, noGoal.status(), noGoal.body());
    assertEquals("goalId", noGoal.json().getString("field"));
    Api.Reply noPlan =
        followUp(meeting, "x", "2027-05-01", "\"planId\":\"no-such-plan\",\"goalId\":\"skills\"");
    assertEquals(400, noPlan.status(), noPlan.body());
    assertEquals("planId", noPlan.json().getString("field"));
    Api.Reply freeText = followUp(meeting, "x", "2027-05-01", "\"goal\":\"it-dialogue/skills\"");
    assertEquals(400, freeText.status(), freeText.body());
    assertEquals("goal", freeText.json().getString("field"));
    assertEquals(0, organiser.get("/api/meetings/" + meeting + "/follow-ups").jsonArray().size());

    Api.Reply linked =
        followUp(
            meeting,
            "Kartlägga kompetensbehov",
            "2027-05-01",
            "\"planId\":\"it-dialogue\",\"goalId\":\"skills\"");
    assertEquals(201, linked.status(), linked.body());
    assertEquals("skills", linked.json().getJsonObject("goal").getString("goalId"));
    long id = linked.json().getJsonNumber("id").longValue();
    Api.Reply moved =
        organiser.putJson(
            "/api/meetings/follow-ups/" + id,
            "{\"text\":\"Kartlägga kompetensbehov\",\"owner\":\"Anna\",\"dueOn\":\"2027-05-01\","
                + "\"planId\":\"it-dialogue\",\"goalId\":\"nope\"}");
    assertEquals(400, moved.status(), moved.body());

    JsonObject card = Api.viewer(base).get("api/plans/it-dialogue/scorecard").json();
    List<JsonObject> shown =
        card.getJsonArray("followUps").stream()
            .map(JsonValue::asJsonObject)
            .filter(f -> f.getJsonNumber("id").longValue() == id)
            .toList();
    assertEquals(1, shown.size(), card.toString());
    assertEquals("skills", shown.get(0).getString("goalId"));
    assertEquals("Frukostmöte", shown.get(0).getString("meetingTitle"));

    // done, it leaves the scorecard
    organiser.putJson("/api/meetings/follow-ups/" + id + "/status", "{\"status\":\"DONE\"}");
    assertTrue(
        Api.viewer(base)
            .get("api/plans/it-dialogue/scorecard")
            .json()
            .getJsonArray("followUps")
            .stream()
            .noneMatch(f -> f.asJsonObject().getJsonNumber("id").longValue() == id));
  }

  @Test
  void theOpenListPutsOverdueFirstAndViewersMayReadButNotWrite() {
    long meeting = meeting(forum("Dialog-IT råd"), "Näringslivsråd", "2026-10-06T08:00");
    LocalDate today = LocalDate.now();
    long later = id(followUp(meeting, "later", today.plusMonths(6).toString(), ""));
    long overdue = id(followUp(meeting, "overdue", today.minusDays(10).toString(), ""));
    long longOverdue =
        id(
            followUp(
                meeting,
                "long overdue",
                today.minusMonths(3).toString(),
                "\"planId\":\"it-dialogue\",\"goalId\":\"dialogue\""));
    long soon = id(followUp(meeting, "soon", today.plusDays(3).toString(), ""));

    Api viewer = Api.viewer(base);
    Api.Reply list = viewer.get("/api/follow-ups");
    assertEquals(200, list.status(), list.body());
    List<JsonObject> all = list.jsonArray().stream().map(JsonValue::asJsonObject).toList();
    // across every meeting: no overdue point after one that is not
    boolean seenNotOverdue = false;
    for (JsonObject f : all) {
      if (!f.getBoolean("overdue")) {
        seenNotOverdue = true;
      }
      assertFalse(seenNotOverdue && f.getBoolean("overdue"), all.toString());
    }
    assertEquals(
        List.of(longOverdue, overdue, soon, later),
        all.stream()
            .filter(f -> f.getJsonNumber("meetingId").longValue() == meeting)
            .map(f -> f.getJsonNumber("id").longValue())
            .toList());
    JsonObject first =
        all.stream()
            .filter(f -> f.getJsonNumber("id").longValue() == longOverdue)
            .findFirst()
            .get();
    assertEquals("Dialog med näringslivet", first.getString("goalTitle"));
    assertEquals("Näringslivsråd", first.getString("meetingTitle"));

    assertEquals(200, viewer.get("/api/forums").status());
    assertEquals(200, viewer.get("/api/meetings/" + meeting + "/follow-ups").status());
    organiser.putJson("/api/meetings/" + meeting + "/minutes", "{\"body\":\"# Protokoll\"}");
    assertEquals(
        "# Protokoll",
        viewer.get("/api/meetings/" + meeting + "/minutes").json().getString("body"));
    assertEquals(200, Api.analyst(base).get("/api/follow-ups").status());
    assertEquals(200, viewer.get("/api/follow-ups/goals").status());
    // writing stays with organisers; who registered stays with them too
    assertEquals(403, viewer.postJson("/api/meetings/" + meeting + "/follow-ups", "{}").status());
    assertEquals(
        403, viewer.putJson("/api/meetings/" + meeting + "/minutes", "{\"body\":\"x\"}").status());
    assertEquals(
        403,
        viewer
            .putJson("/api/meetings/follow-ups/" + later + "/status", "{\"status\":\"DONE\"}")
            .status());
    assertEquals(
        403, viewer.postJson("/api/forums", "{\"name\":\"x\",\"organiser\":\"y\"}").status());
    assertEquals(403, viewer.get("/api/meetings/" + meeting).status());
  }

  @Test
  void pastMeetingsAreListedTheirMinutesMailedAndTheDialogueCounted() {
    long forum = forum(COUNTED);
    long held = meeting(forum, "Rundabordssamtal 2025", "2025-05-13T08:00");
    long coming = meeting(forum, "Rundabordssamtal 2027", "2027-05-11T08:00");

    List<Long> past =
        Api.viewer(base).get("/api/meetings/past").jsonArray().stream()
            .map(m -> m.asJsonObject().getJsonNumber("id").longValue())
            .toList();
    assertTrue(past.contains(held), past.toString());
    assertFalse(past.contains(coming));
    List<Long> upcoming =
        organiser.get("/api/meetings").jsonArray().stream()
            .map(m -> m.asJsonObject().getJsonNumber("id").longValue())
            .toList();
    assertFalse(upcoming.contains(held));

    Api.Reply came =
        organiser.postJson(
            "/api/meetings/" + held + "/walk-ins",
            "{\"name\":\"Eva Ek\",\"email\":\"eva@ab.example\",\"orgNumber\":\"5560360793\","
                + "\"companyName\":\"AB Ek\"}");
    assertEquals(200, came.status(), came.body());
    assertEquals(
        409, organiser.post("/api/meetings/" + held + "/minutes/mail").status(), "no minutes");
    organiser.putJson(
        "/api/meetings/" + held + "/minutes", "{\"body\":\"# Protokoll\\n\\n- Mer mark\"}");
    Api.Reply mailed = organiser.post("/api/meetings/" + held + "/minutes/mail");
    assertEquals(200, mailed.status(), mailed.body());
    assertEquals(1, mailed.json().getInt("mailed"));
    MimeMessage mail = lastMailTo("eva@ab.example");
    assertEquals("Protokoll: Rundabordssamtal 2025", subject(mail));
    assertTrue(GreenMailUtil.getBody(mail).contains("Mer mark"));

    // the plan counts this forum's meetings held by year: 2025 one, later years none (the year
    // under way is not scored before it is over)
    JsonObject indicator =
        Api.viewer(base)
            .get("api/plans/it-dialogue/scorecard")
            .json()
            .getJsonArray("goals")
            .getJsonObject(0)
            .getJsonArray("indicators")
            .getJsonObject(0);
    assertEquals("DIALOGUE", indicator.getString("kind"));
    int lastYear = LocalDate.now().getYear() - 1;
    assertEquals(Integer.toString(lastYear), indicator.getString("period"), indicator.toString());
    assertEquals(lastYear == 2025 ? 1.0 : 0.0, indicator.getJsonNumber("value").doubleValue());
    if (lastYear == 2025) {
      assertEquals("ACHIEVED", indicator.getString("status"), "at least one a year");
    }
  }

  @Test
  void someoneOutsideTheRegisterRegistersAndIsInvitedByEmail() {
    long meeting = meeting(forum("Dialog-IT politik"), "Möte med politiken", "2027-06-15T08:00");
    Api.Reply business =
        Api.anonymous(base)
            .postJson(
                "/api/public/meetings/" + meeting + "/registrations",
                "{\"name\":\"Kim\",\"email\":\"kim@ab.example\",\"companyName\":\"AB\","
                    + "\"language\":\"sv\",\"consent\":true}");
    assertEquals(422, business.status(), business.body());
    assertEquals("orgNumber", business.json().getString("field"));

    Api.Reply asked =
        Api.anonymous(base)
            .postJson(
                "/api/public/meetings/" + meeting + "/registrations",
                "{\"name\":\"Lena Lind\",\"email\":\"lena@kommun.example\",\"companyName\":"
                    + "\"Kommunstyrelsen\",\"kind\":\"POLITICIAN\",\"language\":\"sv\","
                    + "\"consent\":true}");
    assertEquals(202, asked.status(), asked.body());
    JsonObject lena =
        MeetingsITData.confirm(
            base, MeetingsITData.tokenMailedTo(SMTP, "lena@kommun.example", "Bekräfta"));
    assertEquals("CONFIRMED", lena.getString("status"));
    JsonObject listed = MeetingsITData.person(organiser, meeting, "Lena Lind");
    assertEquals("POLITICIAN", listed.getString("kind"));
    assertTrue(!listed.containsKey("orgNumber") || listed.isNull("orgNumber"), listed.toString());

    Api.Reply invited =
        organiser.postJson(
            "/api/meetings/" + meeting + "/guest-invitations",
            "[{\"name\":\"Per Lo\",\"email\":\"per@lo.example\",\"organisation\":\"LO\","
                + "\"kind\":\"ORGANISATION\"}]");
    assertEquals(200, invited.status(), invited.body());
    assertEquals(1, invited.json().getInt("invited"));
    lastMailTo("per@lo.example");
    Api.Reply businessAsGuest =
        organiser.postJson(
            "/api/meetings/" + meeting + "/guest-invitations",
            "[{\"name\":\"X\",\"email\":\"x@ab.example\",\"kind\":\"BUSINESS\"}]");
    assertEquals(422, businessAsGuest.status(), businessAsGuest.body());
    assertEquals("kind", businessAsGuest.json().getString("field"));
  }

  private static long id(Api.Reply created) {
    assertEquals(201, created.status(), created.body());
    return created.json().getJsonNumber("id").longValue();
  }

  private static MimeMessage lastMailTo(String email) {
    long until = System.currentTimeMillis() + 10_000;
    try {
      do {
        MimeMessage found = null;
        for (MimeMessage m : SMTP.getReceivedMessages()) {
          if (m.getAllRecipients()[0].toString().equals(email)) {
            found = m;
          }
        }
        if (found != null) {
          return found;
        }
        Thread.sleep(50);
      } while (System.currentTimeMillis() < until);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no e-mail to " + email);
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new AssertionError(e);
    }
  }
}
