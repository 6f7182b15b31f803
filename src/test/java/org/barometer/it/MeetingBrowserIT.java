package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * In Chromium on a phone, in Norwegian: a person registers for a full meeting's last seat, gets the
 * confirmation by e-mail, opens the personal link from it and cancels; the first on the waiting
 * list gets the seat. Then staff check someone in at the door on a tablet-sized screen, look up the
 * business's engagement and erase the person's data on request.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingBrowserIT {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void aPersonRegistersAndCancelsAndStaffChecksIn() throws Exception {
    Api organiser = Api.organiser(base);
    long meeting = MeetingsITData.meeting(organiser, "Rundebordssamtale om næringsareal", 2);
    MeetingsITData.register(base, SMTP, meeting, "Ola Først", "ola@firma.example");

    try (Browser phone = new Browser(Browser.PHONE, "nb")) {
      phone.open(base + "meetings/" + meeting);
      phone.find(By.id("meeting:name")).sendKeys("Kari Nordmann");
      phone.find(By.id("meeting:email")).sendKeys("kari@firma.example");
      phone.find(By.id("meeting:companyName")).sendKeys("Nordmann Rør AS");
      phone.find(By.id("meeting:orgNumber")).sendKeys("923 609 016");
      phone.find(By.id("meeting:diet")).sendKeys("Vegetar");
      phone.find(By.cssSelector("label[for='meeting:consent']")).click();
      phone.assertFitsWidth();
      phone.fullScreenshot("meeting-register-phone-nb");
      phone.click("meeting:register");
      phone.waitForText(By.cssSelector("#meeting\\:done h2"), "Sjekk e-posten din");
      phone.fullScreenshot("meeting-requested-phone-nb");
    }
    String personal =
        base + "m/" + MeetingsITData.tokenMailedTo(SMTP, "kari@firma.example", "Bekreft");

    try (Browser phone = new Browser(Browser.PHONE, "nb")) {
      phone.open(personal);
      phone.waitForText(By.id("status"), "Ikke påmeldt ennå");
      phone.assertFitsWidth();
      phone.fullScreenshot("meeting-confirm-phone-nb");
      phone.click("own:confirm");
      phone.waitForText(By.id("status"), "Du har plass");
      phone.fullScreenshot("meeting-registered-phone-nb");
    }
    // the meeting is now full: the next goes on the waiting list
    JsonObject waiting =
        MeetingsITData.register(base, SMTP, meeting, "Per Venter", "per@firma.example");
    assertEquals("WAITING", waiting.getString("status"));

    try (Browser phone = new Browser(Browser.PHONE, "nb")) {
      phone.open(personal);
      phone.waitForText(By.id("status"), "Du har plass");
      phone.fullScreenshot("meeting-own-phone-nb");
      phone.click("own:cancel");
      phone.click("own:confirmYes");
      phone.waitForText(By.id("status"), "avbestilt");
      phone.fullScreenshot("meeting-cancelled-phone-nb");
    }
    assertEquals("CONFIRMED", status(organiser, meeting, "Per Venter"));

    try (Browser tablet = new Browser(new Dimension(1024, 768), "nb")) {
      tablet.open(base + "staff/meetings/checkin.xhtml?id=" + meeting);
      tablet.find(By.id("j_username")).sendKeys("organiser");
      tablet.find(By.id("j_password")).sendKeys("organiser-demo");
      tablet.find(By.cssSelector("button[type=submit]")).click();
      long per = id(organiser, meeting, "Per Venter");
      tablet.find(By.cssSelector("#person-" + per + " button.here")).click();
      tablet.waitForText(By.id("arrived"), "1 av 2");
      tablet.assertFitsWidth();
      tablet.fullScreenshot("meeting-checkin-tablet-nb");
      tablet.open(base + "staff/meetings/meeting.xhtml?id=" + meeting);
      tablet.find(By.id("registrations"));
      SMTP.reset();
      // Per came: the feedback survey goes to him alone
      tablet.click("admin:sendFeedback");
      tablet.waitForText(By.id("admin:feedbackProgress"), "Sendt til 1; 0 har svart.");
      assertTrue(SMTP.waitForIncomingEmail(10_000, 1));
      assertTrue(to("per@firma.example").getSubject().startsWith("Tilbakemelding:"));
      tablet.fullScreenshot("meeting-admin-tablet-nb");

      // The page's other beans: the minutes, a follow-up point and a guest's invitation.
      tablet.type(By.id("admin:minutes"), "Vi snakket om næringsareal.");
      tablet.click("admin:saveMinutes");
      tablet.waitForText(By.id("admin:messages"), "Referatet er lagret.");
      assertEquals(
          "Vi snakket om næringsareal.",
          organiser.get("/api/meetings/" + meeting + "/minutes").json().getString("body"));
      SMTP.reset();
      tablet.click("admin:mailMinutes");
      tablet.click("admin:confirmYes");
      // Per alone is marked as attended, and he has an address
      tablet.waitForText(By.id("admin:messages"), "Referatet er sendt til 1 av de 1 som deltok.");
      assertTrue(SMTP.waitForIncomingEmail(10_000, 1));
      tablet.type(By.id("admin:fuText"), "Kartlegge ledige tomter");
      tablet.type(By.id("admin:fuOwner"), "Næringssjefen");
      // the date as the picker would write it, without its panel over the buttons
      ((JavascriptExecutor) tablet.driver)
          .executeScript("document.getElementById('admin:fuDue_input').value = '2027-06-01'");
      tablet.click("admin:addFollowUp");
      tablet.waitForText(By.id("admin:messages"), "Oppfølgingspunktet er lagt til.");
      tablet.waitForText(By.id("followUps"), "Kartlegge ledige tomter");
      assertEquals(
          "2027-06-01",
          organiser
              .get("/api/meetings/" + meeting + "/follow-ups")
              .jsonArray()
              .getJsonObject(0)
              .getString("dueOn"));
      SMTP.reset();
      tablet.type(By.id("admin:guestName"), "Hanne Solberg");
      tablet.type(By.id("admin:guestEmail"), "hanne@kommune.example");
      tablet.click("admin:inviteGuest");
      tablet.waitForText(By.id("admin:messages"), "Invitasjoner sendt: 1.");
      // the list of guests is read again: her name stands in it, no longer in the field
      tablet.waitForText(By.id("admin"), "Hanne Solberg");
      assertTrue(SMTP.waitForIncomingEmail(10_000, 1));
      assertEquals(
          "hanne@kommune.example", SMTP.getReceivedMessages()[0].getAllRecipients()[0].toString());

      SMTP.reset();
      tablet.open(base + "staff/meetings/index.xhtml?edit=" + meeting);
      tablet.find(By.id("meetings:place")).clear();
      tablet.find(By.id("meetings:place")).sendKeys("Rådhuset, bystyresalen");
      tablet.click("meetings:saveMeeting");
      tablet.waitForText(By.id("meetings:messages"), "lagret");
      tablet.fullScreenshot("meeting-edit-tablet-nb");
      assertEquals(
          "Rådhuset, bystyresalen",
          organiser
              .get("/api/meetings/" + meeting)
              .json()
              .getJsonObject("meeting")
              .getString("place"));
      // everyone with a seat (Ola, Per) is told of the change
      assertTrue(SMTP.waitForIncomingEmail(10_000, 2));

      tablet.open(base + "staff/meetings/people.xhtml");
      tablet.find(By.id("people:org")).sendKeys("923609016");
      tablet.click("people:show");
      tablet.waitForText(By.id("people"), "Rundebordssamtale om næringsareal");
      tablet.find(By.id("people:email")).sendKeys("kari@firma.example");
      tablet.click("people:erase");
      tablet.click("people:confirmYes");
      tablet.waitForText(By.id("people"), "anonymisert");
      tablet.fullScreenshot("meeting-people-tablet-nb");
    }
    assertEquals(
        "ATTENDED",
        MeetingsITData.person(organiser, meeting, "Per Venter").getString("attendance"));
  }

  private static MimeMessage to(String address) throws Exception {
    for (MimeMessage m : SMTP.getReceivedMessages()) {
      if (m.getAllRecipients()[0].toString().equals(address)) {
        return m;
      }
    }
    throw new AssertionError("no mail to " + address);
  }

  private static String status(Api organiser, long meeting, String name) {
    return MeetingsITData.person(organiser, meeting, name).getString("status");
  }

  private static long id(Api organiser, long meeting, String name) {
    return MeetingsITData.person(organiser, meeting, name).getJsonNumber("id").longValue();
  }
}
