package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A politician (role viewer) reads the results in Chromium: the cycle's page from the overview, its
 * breakdown with small groups hidden, the comparison with the earlier cycle, and the trend of an
 * index; on a desktop and on a phone, every chart loaded, nothing wider than the screen.
 */
@ExtendWith(ArquillianExtension.class)
class ResultsBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void aViewerReadsResultsComparisonAndTrend() {
    ResultsData data = ResultsData.create(Api.analyst(base));
    try (Browser desktop = new Browser(Browser.DESKTOP, "en")) {
      desktop.open(base + "staff/");
      desktop.find(By.id("j_username")).sendKeys("viewer");
      desktop.find(By.id("j_password")).sendKeys("viewer-demo");
      desktop.find(By.cssSelector("button[type=submit]")).click();
      desktop.find(By.cssSelector(".results-link"));
      desktop.open(base + "staff/results/cycle.xhtml?id=" + data.after());

      // 2025: every 2022 answer plus one; sat_business_land's mean is (100 + 27) / 27 = 4.70
      WebElement land = desktop.find(By.id("item-sat_business_land"));
      assertEquals("4.70", land.findElement(By.cssSelector(".big")).getText());
      assertTrue(land.getText().contains("n = 27"), land.getText());
      // the overall index is (x − 1)/5 × 100 of overall_climate: mean (127/27 − 1)/5 × 100 = 74.1
      assertEquals("74.1", desktop.find(By.cssSelector("#item-overall .big")).getText());
      land.findElement(By.tagName("summary")).click();
      List<String> industries =
          land
              .findElements(By.cssSelector("details table"))
              .get(0)
              .findElements(By.cssSelector("tbody td:first-child"))
              .stream()
              .map(WebElement::getText)
              .toList();
      assertEquals(2, industries.size(), "only F and M are shown: " + industries);
      assertFalse(industries.stream().anyMatch(i -> i.startsWith("G")), "G has 2 answers");
      assertTrue(land.getText().contains("Also hidden"), "C is hidden to protect G");
      desktop.assertImagesLoaded();
      desktop.fullScreenshot("results-desktop-en");

      desktop.find(By.id("compareButton")).click();
      desktop.waitForText(By.tagName("h1"), "2022 → 2025");
      WebElement row = desktop.find(By.id("row-sat_business_land"));
      assertTrue(row.getText().contains("Significantly better"), row.getText());
      assertTrue(row.getText().contains("+1.00"), row.getText());
      desktop.fullScreenshot("compare-desktop-en");

      desktop.open(base + "staff/results/cycle.xhtml?id=" + data.after());
      desktop.find(By.cssSelector("#item-overall .trend-link")).click();
      desktop.find(By.id("trendChart"));
      assertEquals(2, desktop.driver.findElements(By.cssSelector("#trend tbody tr")).size());
      desktop.assertImagesLoaded();
      desktop.fullScreenshot("trend-desktop-en");

      desktop.driver.manage().window().setSize(Browser.PHONE);
      desktop.open(base + "staff/results/cycle.xhtml?id=" + data.after());
      desktop.find(By.id("item-sat_business_land"));
      desktop.assertFitsWidth();
      desktop.assertImagesLoaded();
      desktop.fullScreenshot("results-phone");
      desktop.open(
          base + "staff/results/compare.xhtml?before=" + data.before() + "&after=" + data.after());
      desktop.find(By.id("row-sat_business_land"));
      desktop.assertFitsWidth();
      desktop.fullScreenshot("compare-phone");
    }
  }
}
