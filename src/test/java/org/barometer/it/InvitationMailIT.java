package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Invitations and reminders through a real SMTP server in the test's JVM (GreenMail on port 3025,
 * where the integration-test server sends its mail). Each mail carries a personal link that works;
 * reminders go only to those who have not answered.
 */
@ExtendWith(ArquillianExtension.class)
class InvitationMailIT {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  /** A radio button for the answer 4 that the page shows as chosen: a restored draft. */
  private static final Pattern RESTORED_FOUR =
      Pattern.compile("<input(?=[^>]*checked)(?=[^>]*value=\"4\")[^>]*>");

  @Test
  void invitationsCarryWorkingLinksAndRemindersSkipThoseWhoAnswered() throws Exception {
    Api analyst = Api.analyst(base);
    long cycle = Surveys.openCycleWithRegister(analyst, Surveys.uniqueCode("mail"));

    var sent = analyst.post("/api/cycles/" + cycle + "/invitations/send");
    assertEquals(200, sent.status(), sent.body());
    assertEquals(3, sent.json().getInt("sent"));
    assertTrue(SMTP.waitForIncomingEmail(10_000, 3));
    MimeMessage[] invitations = SMTP.getReceivedMessages();
    assertEquals(
        List.of("info@ericsson.example", "post@brreg.example", "post@equinor.example"),
        Arrays.stream(invitations).map(m -> recipient(m)).sorted().toList());
    MimeMessage equinor = to(invitations, "post@equinor.example");
    assertTrue(
        equinor.getSubject().contains("Næringslivsundersøkelsen 2025"), equinor.getSubject());
    String token = Surveys.tokensIn(GreenMailUtil.getBody(equinor)).get(0);

    var answered =
        Api.anonymous(base)
            .postJson("/api/responses", Surveys.submission(token, Surveys.COMPLETE_ANSWERS));
    assertEquals(201, answered.status(), answered.body());

    var again = analyst.post("/api/cycles/" + cycle + "/invitations/send");
    assertEquals(0, again.json().getInt("sent"), "each business is invited once");

    SMTP.reset();
    var reminded = analyst.post("/api/cycles/" + cycle + "/reminders");
    assertEquals(2, reminded.json().getInt("sent"), reminded.body());
    assertTrue(SMTP.waitForIncomingEmail(10_000, 2));
    MimeMessage[] reminders = SMTP.getReceivedMessages();
    assertTrue(
        Arrays.stream(reminders).noneMatch(m -> recipient(m).equals("post@equinor.example")),
        "no reminder to the business that answered");
    String reminderToken =
        Surveys.tokensIn(GreenMailUtil.getBody(to(reminders, "post@brreg.example"))).get(0);
    var fromReminder =
        Api.anonymous(base)
            .postJson(
                "/api/responses", Surveys.submission(reminderToken, Surveys.COMPLETE_ANSWERS));
    assertEquals(201, fromReminder.status(), fromReminder.body());
    assertEquals(2, Surveys.progress(analyst, cycle).getInt("answered"));
  }

  /**
   * Issue 20: a link staff download for a mail merge used to open the draft a business had saved
   * through its mailed link, and let staff submit in its name unseen. Now it opens only its own
   * draft, and what is submitted through it is counted on the cycle.
   */
  @Test
  void aLinkHandedToStaffDoesNotOpenTheBusinessDraftAndItsAnswerIsCounted() throws Exception {
    Api analyst = Api.analyst(base);
    long cycle = Surveys.openCycleWithRegister(analyst, Surveys.uniqueCode("handout"));
    SMTP.reset();
    analyst.post("/api/cycles/" + cycle + "/invitations/send");
    assertTrue(SMTP.waitForIncomingEmail(10_000, 3));
    String mailed =
        Surveys.tokensIn(
                GreenMailUtil.getBody(to(SMTP.getReceivedMessages(), "post@equinor.example")))
            .get(0);
    String draft = "{\"sat_business_land\":[\"4\"]}";
    var saved =
        Api.anonymous(base).postJson("/api/responses/draft", Surveys.submission(mailed, draft));
    assertEquals(200, saved.status(), saved.body());
    Api visitor = Api.anonymous(base);
    assertTrue(
        RESTORED_FOUR.matcher(visitor.get("/s/" + mailed).body()).find(),
        "the business's own link shows its draft");

    var links = analyst.post("/api/cycles/" + cycle + "/links");
    String handedOut =
        links
            .body()
            .lines()
            .filter(line -> line.contains("post@equinor.example"))
            .flatMap(line -> Surveys.tokensIn(line).stream())
            .findFirst()
            .orElseThrow();
    var opened = visitor.get("/s/" + handedOut);
    assertEquals(200, opened.status());
    assertFalse(RESTORED_FOUR.matcher(opened.body()).find(), "a handed-out link shows no draft");

    var submitted =
        Api.anonymous(base)
            .postJson("/api/responses", Surveys.submission(handedOut, Surveys.COMPLETE_ANSWERS));
    assertEquals(201, submitted.status(), submitted.body());
    var progress = Surveys.progress(analyst, cycle);
    assertEquals(1, progress.getInt("answered"));
    assertEquals(1, progress.getInt("answeredThroughHandout"), progress.toString());
    assertEquals(
        409,
        Api.anonymous(base)
            .postJson("/api/responses", Surveys.submission(mailed, Surveys.COMPLETE_ANSWERS))
            .status(),
        "the business's own link is spent too");
  }

  private static MimeMessage to(MimeMessage[] messages, String address) {
    return Arrays.stream(messages)
        .filter(m -> recipient(m).equals(address))
        .findFirst()
        .orElseThrow();
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
