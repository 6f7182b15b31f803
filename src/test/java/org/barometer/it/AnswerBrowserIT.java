package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A business answers in Chromium: opens its link on a phone, answers half, saves and leaves, comes
 * back to find its answers, submits, is refused a second time; then a staff member logs in and sees
 * the count rise.
 */
@ExtendWith(ArquillianExtension.class)
class AnswerBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void aBusinessAnswersFromItsLinkAndStaffSeeTheCountRise() {
    Api analyst = Api.analyst(base);
    long cycle = Surveys.openCycleWithRegister(analyst, Surveys.uniqueCode("browser"));
    String link = base + "s/" + Surveys.tokens(analyst, cycle).get(0);

    try (Browser phone = new Browser(Browser.PHONE, "nb")) {
      phone.open(link);
      phone.waitForText(By.cssSelector(".progress-label"), "Del 1 av 4");
      phone.screenshot("answer-phone-nb-part1");
      phone.assertFitsWidth();
      phone.click("answer:next");
      phone.find(By.cssSelector(".has-problem .problem"));
      phone.screenshot("answer-phone-nb-problems");

      phone.choose("sat_business_land", "4");
      phone.choose("permit_applied", "yes");
      phone.choose("sat_building_permits", "5");
      phone.choose("sat_business_development", "dontknow");
      phone.choose("sat_cooperation", "6");
      phone.click("answer:next");
      phone.waitForText(By.cssSelector(".progress-label"), "Del 2 av 4");
      phone.choose("image_innovative", "3");
      phone.click("answer:later");
      phone.find(By.id("answer:saved"));
      phone.screenshot("answer-phone-nb-saved");
    }

    try (Browser desktop = new Browser(Browser.DESKTOP, "en")) {
      desktop.open(link);
      desktop.waitForText(By.cssSelector(".progress-label"), "Part 1 of 4");
      assertTrue(desktop.isChosen("sat_business_land", "4"), "the saved answer is back");
      assertTrue(desktop.isChosen("sat_building_permits", "5"));
      desktop.click("answer:next");
      desktop.waitForText(By.cssSelector(".progress-label"), "Part 2 of 4");
      assertTrue(desktop.isChosen("image_innovative", "3"));
      desktop.choose("image_welcoming", "5");
      desktop.choose("image_adaptable", "4");
      desktop.click("answer:next");
      desktop.waitForText(By.cssSelector(".progress-label"), "Part 3 of 4");
      desktop.choose("overall_climate", "5");
      desktop.type(By.cssSelector("[data-question='comments'] textarea"), "Faster permits, please");
      desktop.click("answer:next");
      desktop.waitForText(By.cssSelector(".progress-label"), "Part 4 of 4");
      desktop.choose("industry", "C");
      desktop.screenshot("answer-desktop-en-part4");
      desktop.click("answer:submit");
      desktop.waitForText(By.cssSelector(".outcome h1"), "Thank you");
      desktop.screenshot("answer-desktop-en-thanks");

      desktop.open(link);
      desktop.waitForText(By.cssSelector(".outcome h1"), "Already answered");
    }

    try (Browser stranger = new Browser(Browser.PHONE, "sv")) {
      stranger.open(base + "s/not-a-link-we-issued");
      stranger.waitForText(By.cssSelector(".outcome h1"), "Länken fungerar inte");
      stranger.screenshot("answer-phone-sv-unknown-link");
    }

    try (Browser staff = new Browser(Browser.DESKTOP, "en")) {
      staff.open(base + "staff/surveys/cycle.xhtml?id=" + cycle);
      staff.find(By.id("j_username")).sendKeys("analyst");
      staff.find(By.id("j_password")).sendKeys("analyst-demo");
      staff.screenshot("login-desktop");
      staff.find(By.cssSelector("button[type=submit]")).click();
      staff.waitForText(By.id("answered"), "1");
      assertEquals("3", staff.find(By.id("invited")).getText());
      // one business answered: its stratum shows "fewer than 7", like the strata with none, and
      // an open cycle offers no answer export
      String strata = staff.find(By.cssSelector(".strata")).getText();
      assertEquals(3, strata.split("fewer than 7", -1).length - 1, strata);
      assertTrue(staff.driver.findElements(By.id("cycle:export")).isEmpty());
      staff.screenshot("cycle-desktop");

      // A form posted with a view state the server never issued (a forged, cross-site post)
      // is refused before any action runs.
      staff.driver.executeScript(
          "document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
              + ".forEach(i => i.value = 'forged')");
      staff.click("cycle:remind");
      staff.waitForText(By.tagName("h1"), "The page had expired");

      staff.driver.manage().window().setSize(Browser.PHONE);
      staff.open(base + "staff/");
      staff.find(By.cssSelector(".cycles"));
      staff.screenshot("surveys-phone");
      staff.assertFitsWidth();
    }
  }
}
