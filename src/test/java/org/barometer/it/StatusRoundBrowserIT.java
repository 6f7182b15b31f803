package org.barometer.it;

import static org.barometer.it.StatusRoundsData.activity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * In Chromium on a phone, in Norwegian: an activity owner opens the link from the status round's
 * e-mail, reports one activity red (first without a cause, which the page refuses beside the field)
 * and sees the report saved; staff then read the round's page on a desktop.
 */
@ExtendWith(ArquillianExtension.class)
class StatusRoundBrowserIT {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return StatusRoundsData.war();
  }

  @ArquillianResource URL base;

  @Test
  void anOwnerReportsRedFromTheMailedLinkOnAPhone() throws Exception {
    Api analyst = Api.analyst(base);
    // a Norwegian plan of its own, so that the list of rounds (by plan) shows its action plans
    String plan = "sandefjord-it-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply imported =
        analyst.postYaml(
            "/api/plans",
            Files.readString(Path.of("plans/sandefjord-2023-2026.yaml"))
                .replace("id: sandefjord-2023-2026", "id: " + plan));
    assertTrue(imported.status() / 100 == 2, imported.toString());
    List<Long> ids =
        StatusRoundsData.actionPlan(
            base,
            plan,
            activity(
                "Næringsarealstrategi for Eidsmoen",
                "Kari Nord",
                "Plan og bygg",
                "kari@kommune.example",
                null),
            activity(
                "Gründerkurs med Etablerersenteret",
                "Kari Nord",
                "Plan og bygg",
                "kari@kommune.example",
                "GREEN"),
            activity("Byggesak på nett", "Ola Sør", "Byggesak", "ola@kommune.example", null));
    long areal = ids.get(1);
    long round =
        StatusRoundsData.open(analyst, ids.get(0), "Desember 2026", "2026-12-18")
            .getJsonObject("round")
            .getJsonObject("round")
            .getJsonNumber("id")
            .longValue();
    assertTrue(SMTP.waitForIncomingEmail(10_000, 2));
    Matcher link =
        StatusRoundsData.LINK.matcher(
            StatusRoundsData.text(StatusRoundsData.mailsTo(SMTP, "kari@kommune.example").get(0)));
    assertTrue(link.find());
    String mailed = base + "status/" + link.group(1);

    try (Browser phone = new Browser(Browser.PHONE, "nb")) {
      phone.open(mailed);
      phone.waitForText(By.tagName("h1"), "Desember 2026");
      assertTrue(phone.find(By.id("own:report")).getText().contains("Næringsarealstrategi"));
      assertFalse(phone.find(By.id("own:report")).getText().contains("Byggesak på nett"));
      phone.waitForText(By.id("progress"), "0 av 2 rapportert");
      phone.assertFitsWidth();
      phone.fullScreenshot("round-owner-phone-nb");

      String red = "section[data-activity='" + areal + "'] input[value='RED'] + label";
      phone.find(By.cssSelector(red)).click();
      // cause and action appear for red
      phone.find(By.cssSelector("section[data-activity='" + areal + "'] textarea[id$=':cause']"));
      phone.click("own:save");
      phone.waitForText(By.id("own:acts:0:causeProblem"), "Gul og rød trenger årsaken");
      phone.waitForText(By.id("own:fix"), "Noen rapporter mangler noe");
      phone.fullScreenshot("round-owner-problem-phone-nb");

      phone.type(By.id("own:acts:0:cause"), "Reguleringsplanen er forsinket");
      phone.type(By.id("own:acts:0:action"), "Egen saksbehandler fra januar");
      phone.click("own:save");
      phone.waitForText(By.id("own:saved"), "rapporten er lagret");
      phone.waitForText(By.id("progress"), "1 av 2 rapportert");
      phone.assertFitsWidth();
      phone.fullScreenshot("round-owner-saved-phone-nb");
    }
    JsonObject kari =
        analyst.get("/api/rounds/" + round).json().getJsonArray("owners").stream()
            .map(v -> v.asJsonObject())
            .filter(o -> o.getString("email").equals("kari@kommune.example"))
            .findFirst()
            .orElseThrow();
    JsonObject reported = kari.getJsonArray("activities").getJsonObject(0);
    assertEquals(areal, reported.getJsonNumber("id").longValue());
    assertEquals("RED", reported.getString("status"));
    assertEquals("Reguleringsplanen er forsinket", reported.getString("cause"));
    assertEquals("Egen saksbehandler fra januar", reported.getString("recommendedAction"));
    assertEquals(1, kari.getInt("reported"));

    try (Browser desktop = new Browser(Browser.DESKTOP, "nb")) {
      desktop.open(mailed);
      desktop.waitForText(By.id("progress"), "1 av 2 rapportert");
      desktop.fullScreenshot("round-owner-desktop-nb");
      desktop.open(base + "status/" + "A".repeat(27));
      desktop.waitForText(By.tagName("h1"), "Vi kjenner ikke denne lenken");
      desktop.screenshot("round-owner-unknown-desktop-nb");

      desktop.open(base + "staff/rounds/round.xhtml?id=" + round);
      desktop.find(By.id("j_username")).sendKeys("viewer");
      desktop.find(By.id("j_password")).sendKeys("viewer-demo");
      desktop.find(By.cssSelector("button[type=submit]")).click();
      desktop.waitForText(By.id("summary"), "0 av 2 eiere har rapportert");
      String row = desktop.find(By.id("owners")).getText();
      assertTrue(row.contains("Reguleringsplanen er forsinket"), row);
      assertTrue(row.contains("Rød: avvik"), row);
      // a viewer reads; the buttons are for analysts
      assertTrue(desktop.driver.findElements(By.id("round:remind")).isEmpty());
      desktop.fullScreenshot("round-page-desktop-nb");
    }
    try (Browser phone = new Browser(Browser.PHONE, "nb")) {
      phone.open(base + "staff/rounds/round.xhtml?id=" + round);
      phone.find(By.id("j_username")).sendKeys("analyst");
      phone.find(By.id("j_password")).sendKeys("analyst-demo");
      phone.find(By.cssSelector("button[type=submit]")).click();
      phone.find(By.id("round:remind"));
      phone.assertFitsWidth();
      phone.fullScreenshot("round-page-phone-nb");
      SMTP.reset();
      phone.click("round:remind");
      phone.waitForText(By.id("round:messages"), "Påminnelser: 2 sendt, 0 ikke sendt.");
      phone.open(base + "staff/rounds/");
      phone.waitForText(By.tagName("h1"), "Statusrunder");
      phone.assertFitsWidth();
      phone.fullScreenshot("round-list-phone-nb");
    }
    // an analyst opens a round from the page: one owner, one mail
    long second =
        StatusRoundsData.actionPlan(
                base,
                plan,
                activity("Bedriftsbesøk", "Siri Li", "Næringsrådet", "siri@radet.example", null))
            .get(0);
    SMTP.reset();
    try (Browser desktop = new Browser(Browser.DESKTOP, "nb")) {
      desktop.open(base + "staff/rounds/");
      desktop.find(By.id("j_username")).sendKeys("analyst");
      desktop.find(By.id("j_password")).sendKeys("analyst-demo");
      desktop.find(By.cssSelector("button[type=submit]")).click();
      new Select(desktop.find(By.id("rounds:actionPlan"))).selectByValue(Long.toString(second));
      desktop.find(By.id("rounds:title")).sendKeys("Desember 2026");
      desktop.driver.executeScript(
          "document.getElementById('rounds:reportBy').value = '2026-12-18';");
      desktop.fullScreenshot("round-list-desktop-nb");
      desktop.click("rounds:openRound");
      desktop.waitForText(
          By.id("rounds:messages"), "Runden er startet: 1 e-poster sendt, 0 ikke sendt.");
      desktop.find(By.cssSelector("section[data-action-plan='" + second + "'] a")).click();
      desktop.waitForText(By.id("summary"), "0 av 1 eiere har rapportert");
      desktop.fullScreenshot("round-opened-desktop-nb");
    }
    assertTrue(SMTP.waitForIncomingEmail(10_000, 1));
    assertEquals(1, StatusRoundsData.mailsTo(SMTP, "siri@radet.example").size());
  }
}
