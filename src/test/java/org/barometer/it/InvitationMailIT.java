package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.Arrays;
import java.util.List;
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
