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
 * index; on a desktop and on a phone, every chart loaded, nothing wider than the screen. Then, in
 * Norwegian, the trend with its changes, its slope in words, a provisional cycle and the trend by
 * industry.
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
      // three items tested at once: the page says so, and gives the Holm-adjusted p beside p
      assertTrue(
          desktop.find(By.id("multipleTests")).getText().contains("tests 3 changes at once"));
      assertTrue(row.getText().contains("< 0.001"), row.getText());
      desktop.fullScreenshot("compare-desktop-en");

      desktop.open(base + "staff/results/cycle.xhtml?id=" + data.after());
      desktop.find(By.cssSelector("#item-overall .trend-link")).click();
      desktop.find(By.id("chart-all"));
      assertEquals(2, desktop.driver.findElements(By.cssSelector("#trend-all tbody tr")).size());
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

  private static Browser loggedIn(URL base, String language) {
    Browser browser = new Browser(Browser.DESKTOP, language);
    browser.open(base + "staff/");
    browser.find(By.id("j_username")).sendKeys("viewer");
    browser.find(By.id("j_password")).sendKeys("viewer-demo");
    browser.find(By.cssSelector("button[type=submit]")).click();
    browser.find(By.cssSelector(".results-link"));
    return browser;
  }

  @Test
  void aViewerReadsATrendWithItsChangesAndByIndustryInNorwegian() {
    Api analyst = Api.analyst(base);
    ResultsData data = ResultsData.create(analyst);
    assertEquals(200, analyst.post("/api/cycles/" + data.before() + "/close").status());
    assertEquals(200, analyst.post("/api/cycles/" + data.after() + "/close").status());
    // 2026 not closed: the 2022 answers again
    ResultsData.cycle(analyst, data.survey(), "2026", 0);
    String page = base + "staff/results/trend.xhtml?survey=" + data.survey() + "&item=overall";
    try (Browser browser = loggedIn(base, "nb")) {
      browser.open(page);
      // stratified index (ȳ_st − 1)/5 × 100: 3.5 → 50.0 in 2022, 4.5 → 70.0 in 2025, 50.0 in 2026;
      // the slope of the closed cycles (70 − 50)/3 = 6.67 a year
      String slope = browser.find(By.id("slope-all")).getText();
      assertTrue(slope.contains("2022–2025: +6,67 per år"), slope);
      assertTrue(slope.endsWith("en signifikant økning."), slope);
      List<WebElement> rows = browser.driver.findElements(By.cssSelector("#trend-all tbody tr"));
      assertEquals(3, rows.size());
      assertTrue(rows.get(0).getText().contains("50,0"), rows.get(0).getText());
      assertTrue(rows.get(1).getText().contains("+20,0"), rows.get(1).getText());
      assertTrue(rows.get(1).getText().contains("Signifikant bedre"), rows.get(1).getText());
      assertTrue(rows.get(2).getText().contains("2026 (foreløpig)"), rows.get(2).getText());
      assertTrue(rows.get(2).getText().contains("Signifikant dårligere"), rows.get(2).getText());
      assertTrue(
          browser
              .find(By.cssSelector("#series-all .multiple-tests"))
              .getText()
              .contains("tester 2 endringer"));
      browser.assertImagesLoaded();
      browser.fullScreenshot("trend-desktop-nb");

      new org.openqa.selenium.support.ui.Select(browser.find(By.id("by")))
          .selectByValue("industry");
      browser.find(By.id("showBy")).click();
      browser.find(By.id("series-F"));
      assertEquals("industry", browser.find(By.id("by")).getAttribute("value"), "still chosen");
      assertTrue(browser.driver.findElements(By.id("series-G")).isEmpty(), "G has 2 answers");
      assertTrue(browser.driver.findElements(By.id("series-C")).isEmpty(), "C protects G");
      String note = browser.find(By.id("groupNote")).getText();
      // as under a breakdown: the group hidden to protect G is named, the small ones are not
      assertTrue(note.contains("for å beskytte en liten gruppe: Industri."), note);
      assertFalse(note.contains("Varehandel"), note);
      // M answered all alike: a change, but nothing to test, and no slope
      List<WebElement> m = browser.driver.findElements(By.cssSelector("#trend-M tbody tr"));
      assertTrue(m.get(1).getText().contains("Kan ikke testes"), m.get(1).getText());
      assertTrue(
          browser.find(By.id("slope-M")).getText().contains("ingen utvalgsusikkerhet"),
          browser.find(By.id("slope-M")).getText());
      // F: 2.5 → index 30.0, 3.5 → 50.0: +20.0 a cycle, (50 − 30)/3 = 6.67 a year
      List<WebElement> f = browser.driver.findElements(By.cssSelector("#trend-F tbody tr"));
      assertEquals(3, f.size());
      assertTrue(f.get(1).getText().contains("+20,0"), f.get(1).getText());
      assertTrue(browser.find(By.id("slope-F")).getText().contains("+6,67 per år"));
      browser.assertImagesLoaded();
      browser.fullScreenshot("trend-industry-desktop-nb");

      browser.driver.manage().window().setSize(Browser.PHONE);
      browser.open(page);
      browser.find(By.id("slope-all"));
      browser.assertFitsWidth();
      browser.assertImagesLoaded();
      browser.fullScreenshot("trend-phone-nb");
      browser.open(page + "&by=industry");
      browser.find(By.id("series-F"));
      browser.assertFitsWidth();
      browser.assertImagesLoaded();
      browser.fullScreenshot("trend-industry-phone-nb");
    }
  }
}
