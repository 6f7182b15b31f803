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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A politician (role viewer) reads a plan's scorecard in Chromium: a survey indicator and a
 * statistics indicator side by side under one goal, then the statistics indicator's own page; on a
 * desktop and on a phone. The survey's cycles are {@link ResultsData}'s (2025 is every 2022 answer
 * plus one: a significant improvement); the statistics are SSB 12191, where Drammen (3005, today
 * 3301) had 45 full-time physiotherapist agreements in 2020.
 */
@ExtendWith(ArquillianExtension.class)
class ScorecardBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void aViewerReadsTheScorecardAndAnIndicator() {
    Api analyst = Api.analyst(base);
    ResultsData survey = ResultsData.closedWithKostraHealth(analyst);
    String plan =
        """
        id: it-scorecard
        municipality: {code: "3301", name: Drammen, country: NO}
        title: Næringsplan for Drammen (test)
        period: 2020-2030
        goals:
          - id: business-friendly
            title: Drammen er en næringsvennlig kommune
            indicators:
              - id: land-satisfaction
                name: Tilfredshet med næringsarealer
                source: {type: survey, survey: %s, question: sat_business_land}
                target: {rule: improve_every_period}
              - id: physiotherapy
                name: Avtalehjemler for fysioterapeuter
                source: {type: series, office: SSB, table: "12191", measure: KOSavtalehjemler0001, region: "3301"}
                target: {rule: threshold, value: 40}
                publishes: kostra
        """
            .formatted(survey.survey());
    assertEquals(201, analyst.postYaml("api/plans?fileName=scorecard.yaml", plan).status());

    try (Browser browser = new Browser(Browser.DESKTOP, "en")) {
      browser.open(base + "staff/goals/");
      browser.find(By.id("j_username")).sendKeys("viewer");
      browser.find(By.id("j_password")).sendKeys("viewer-demo");
      browser.find(By.cssSelector("button[type=submit]")).click();
      browser.find(By.linkText("Næringsplan for Drammen (test)")).click();

      WebElement landRow = browser.find(By.id("indicator-land-satisfaction"));
      assertTrue(landRow.getText().contains("Survey"), landRow.getText());
      assertTrue(landRow.getText().contains("n = 27"), landRow.getText());
      assertTrue(landRow.getText().contains("Achieved"), landRow.getText());
      WebElement physioRow = browser.find(By.id("indicator-physiotherapy"));
      assertTrue(physioRow.getText().contains("Statistics"), physioRow.getText());
      assertTrue(physioRow.getText().contains("45"), physioRow.getText());
      assertTrue(physioRow.getText().contains("at least 40"), physioRow.getText());
      assertTrue(physioRow.getText().contains("Achieved"), physioRow.getText());
      assertTrue(browser.find(By.id("goal-business-friendly")).getText().startsWith("Drammen er"));
      browser.assertImagesLoaded();
      assertColumnsReadable(browser);
      browser.fullScreenshot("scorecard-desktop-en");

      physioRow.findElement(By.linkText("Avtalehjemler for fysioterapeuter")).click();
      browser.find(By.id("indicatorChart"));
      WebElement figures = browser.find(By.id("figures"));
      assertTrue(figures.getText().contains("2020 45"), figures.getText());
      browser.assertImagesLoaded();
      browser.fullScreenshot("indicator-desktop-en");
    }

    try (Browser desktop = new Browser(Browser.DESKTOP, "en")) {
      desktop.open(base + "staff/goals/");
      desktop.find(By.id("j_username")).sendKeys("analyst");
      desktop.find(By.id("j_password")).sendKeys("analyst-demo");
      desktop.find(By.cssSelector("button[type=submit]")).click();
      new Select(desktop.find(By.id("plansForm:copyFrom"))).selectByValue("it-scorecard");
      desktop.type(By.id("plansForm:copyId"), "it-scorecard-2031");
      desktop.type(By.id("plansForm:copyTitle"), "Næringsplan for Drammen 2031–2041 (test)");
      desktop.click("plansForm:copyPlan");
      // 2020-2030 is eleven years; the next eleven are 2031-2041
      desktop.waitForText(By.id("plansForm:messages"), "is created for 2031-2041");
      desktop.fullScreenshot("plans-desktop-en");
      assertEquals(204, analyst.delete("api/plans/it-scorecard-2031").status());
    }

    try (Browser phone = new Browser(Browser.PHONE, "nb")) {
      phone.open(base + "staff/goals/plan.xhtml?id=it-scorecard");
      phone.find(By.id("j_username")).sendKeys("viewer");
      phone.find(By.id("j_password")).sendKeys("viewer-demo");
      phone.find(By.cssSelector("button[type=submit]")).click();
      WebElement physioRow = phone.find(By.id("indicator-physiotherapy"));
      assertTrue(
          physioRow.getText().contains("45 i 2020 når målet om minst 40."), physioRow.getText());
      phone.assertFitsWidth();
      phone.assertImagesLoaded();
      phone.fullScreenshot("scorecard-phone-nb");
    }
  }

  /**
   * At 1280 px every indicator column is at least 160 px wide, no word of an indicator's name or
   * source is broken inside (each run of letters lies on one line: a word split across lines has
   * two boxes), no table is wider than its card, and the page stays within three screens. A card's
   * "break anywhere" once squeezed the column to two or three letters a line ("Plasse / ring i").
   */
  private static void assertColumnsReadable(Browser browser) {
    Object narrow =
        browser.driver.executeScript(
            "return [...document.querySelectorAll('table.scorecard td:first-child')]"
                + ".filter(td => td.getBoundingClientRect().width < 160)"
                + ".map(td => Math.round(td.getBoundingClientRect().width) + 'px').join(', ');");
    assertEquals("", narrow, "indicator columns narrower than 160 px");
    Object broken =
        browser.driver.executeScript(
            "const out = [];"
                + "document.querySelectorAll('table.scorecard td:first-child a,"
                + " table.scorecard td:nth-child(2) .small').forEach(e => {"
                + "  const walker = document.createTreeWalker(e, NodeFilter.SHOW_TEXT);"
                + "  for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
                + "    for (const m of n.textContent.matchAll(/[^\\s\\-\u2013:,()]+/g)) {"
                + "      const r = document.createRange();"
                + "      r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);"
                + "      const lines = new Set([...r.getClientRects()].map(b => Math.round(b.top)));"
                + "      if (lines.size > 1) out.push(m[0]); } } });"
                + "return out.join(', ');");
    assertEquals("", broken, "words broken inside");
    Object overflowing =
        browser.driver.executeScript(
            "return [...document.querySelectorAll('section.card table.scorecard')].filter(t => {"
                + "  const c = t.closest('section.card'); const s = getComputedStyle(c);"
                + "  return t.getBoundingClientRect().right"
                + "      > c.getBoundingClientRect().right - parseFloat(s.paddingRight) + 1; })"
                + ".length;");
    assertEquals(0L, overflowing, "scorecard tables wider than their card");
    long height =
        (Long) browser.driver.executeScript("return document.documentElement.scrollHeight + 0;");
    assertTrue(height < 3 * 900, "the scorecard is " + height + " px high");
  }
}
