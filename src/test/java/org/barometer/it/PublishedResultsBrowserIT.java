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
 * The public results page of a published cycle in Chromium on a phone (390 px wide), as a business
 * opens it from the municipality's newsletter: no login, in Norwegian, switched to Swedish; it fits
 * the screen and its trend charts load. Screenshots in target/screenshots (published-*.png).
 */
@ExtendWith(ArquillianExtension.class)
class PublishedResultsBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void aBusinessReadsThePublishedResultsOnItsPhone() {
    Api analyst = Api.analyst(base);
    ResultsData data = ResultsData.create(analyst);
    assertEquals(200, analyst.post("/api/cycles/" + data.before() + "/close").status());
    assertEquals(200, analyst.post("/api/cycles/" + data.after() + "/close").status());
    assertEquals(200, analyst.post("/api/cycles/" + data.after() + "/publication").status());

    try (Browser phone = new Browser(Browser.PHONE, "nb")) {
      phone.open(base + "results.xhtml?survey=" + data.survey() + "&cycle=2025");
      phone.waitForText(By.id("actions"), "Hva vi gjør med det");
      assertTrue(phone.find(By.id("indices")).getText().contains("Indekser"));
      assertTrue(
          phone.find(By.id("question-sat_business_land")).getText().contains("95 % intervall"));
      phone.assertFitsWidth();
      phone.assertImagesLoaded();
      phone.fullScreenshot("published-phone-nb");

      phone.click("published:lang-sv");
      phone.waitForText(By.id("actions"), "Vad vi gör åt det");
      phone.assertFitsWidth();
      phone.assertImagesLoaded();
      phone.fullScreenshot("published-phone-sv");
    }
    try (Browser desktop = new Browser(Browser.DESKTOP, "en")) {
      desktop.open(base + "results.xhtml?survey=" + data.survey() + "&cycle=2025");
      desktop.waitForText(By.id("actions"), "What we do about it");
      desktop.assertImagesLoaded();
      desktop.screenshot("published-desktop-en");
    }
  }

  @Test
  void anAnalystPublishesAndWithdrawsOnTheCyclesResultsPage() {
    Api analyst = Api.analyst(base);
    ResultsData data = ResultsData.create(analyst);
    assertEquals(200, analyst.post("/api/cycles/" + data.before() + "/close").status());
    assertEquals(200, analyst.post("/api/cycles/" + data.after() + "/close").status());
    String publicPage = "results.xhtml?survey=" + data.survey() + "&cycle=2025";

    try (Browser desktop = new Browser(Browser.DESKTOP, "en")) {
      desktop.open(base + "staff/results/cycle.xhtml?id=" + data.after());
      desktop.find(By.id("j_username")).sendKeys("analyst");
      desktop.find(By.id("j_password")).sendKeys("analyst-demo");
      desktop.find(By.cssSelector("button[type=submit]")).click();
      desktop.waitForText(By.id("publication-state"), "Not published");
      desktop.click("publication:publish");
      desktop.waitForText(By.id("publication-state"), "Published by analyst");
      desktop.screenshot("published-staff-en");
      assertEquals(200, Api.anonymous(base).get(jsonStat(data)).status());

      desktop.click("publication:withdraw");
      desktop.waitForText(By.id("publication-state"), "Not published");
      assertEquals(404, Api.anonymous(base).get(jsonStat(data)).status());
      desktop.open(base + publicPage);
      desktop.waitForText(By.tagName("body"), "The page does not exist.");
    }
  }

  private static String jsonStat(ResultsData data) {
    return "/api/public/surveys/" + data.survey() + "/cycles/2025/results.jsonstat";
  }
}
