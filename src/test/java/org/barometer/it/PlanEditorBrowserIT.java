package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An analyst makes a plan from nothing in Chromium: one goal, a survey indicator picked from the
 * test survey ({@link ResultsData}: 2025 is a significant improvement on 2022) and a statistics
 * indicator picked from SSB 12191 as imported (Drammen, 3005 then 3301, had 45 physiotherapist
 * agreements in 2020: at least 40 is achieved). The page shows both statuses before anything is
 * saved, refuses a target that is not a number by its field and stores nothing, saves version 1,
 * which the plan's scorecard scores; then changes the target to at least 50, is asked why, and
 * saves version 2, which the versions page lists beside version 1.
 */
@ExtendWith(ArquillianExtension.class)
class PlanEditorBrowserIT {

  private static final String PLAN = "it-editor";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void anAnalystMakesAPlanFromScratchThenRevisesIt() {
    Api analyst = Api.analyst(base);
    ResultsData survey = ResultsData.closedWithKostraHealth(analyst);

    try (Browser browser = new Browser(Browser.DESKTOP, "en")) {
      browser.open(base + "staff/goals/");
      login(browser, "analyst", "analyst-demo");
      browser.find(By.id("newPlan")).click();
      browser.type(By.id("edit:planId"), PLAN);
      browser.type(By.id("edit:planTitle"), "Næringsplan for Drammen (editor)");
      browser.type(By.id("edit:period"), "2020-2030");
      browser.type(By.id("edit:municipalityCode"), "3301");
      browser.type(By.id("edit:municipalityName"), "Drammen");
      browser.type(By.id("edit:goals:0:goalId"), "business-friendly");
      browser.type(By.id("edit:goals:0:goalTitle"), "Drammen er en næringsvennlig kommune");

      press(browser, "edit:goals:0:addIndicator");
      String land = "edit:goals:0:inds:0:";
      browser.type(By.id(land + "name"), "Tilfredshet med næringsarealer");
      browser.type(By.id(land + "indicatorId"), "land-satisfaction");
      pick(browser, By.id(land + "survey"), survey.survey());
      pick(browser, By.id(land + "item"), "question:sat_business_land");
      pick(browser, By.id(land + "rule"), "IMPROVE_EVERY_PERIOD");

      press(browser, "edit:goals:0:addIndicator");
      String physio = "edit:goals:0:inds:1:";
      browser.type(By.id(physio + "name"), "Avtalehjemler for fysioterapeuter");
      browser.type(By.id(physio + "indicatorId"), "physiotherapy");
      pick(browser, By.id(physio + "kind"), "SERIES");
      String picker = "[data-indicator='1-2'] select[data-field='source.";
      pick(browser, By.cssSelector(picker + "office']"), "SSB");
      pick(browser, By.cssSelector(picker + "table']"), "12191");
      pick(browser, By.cssSelector(picker + "measure']"), "KOSavtalehjemler0001");
      pick(browser, By.cssSelector(picker + "region']"), "3301");
      browser.type(By.id(physio + "value"), "forty");
      pick(browser, By.id(physio + "calendar"), "KOSTRA");

      // a target that is not a number is named and nothing is stored
      press(browser, "edit:save");
      browser.waitForText(By.id("edit:messages"), "Target value: must be a number, was «forty»");
      assertTrue(
          browser.find(By.cssSelector("[data-indicator='1-2']")).getText().contains("«forty»"));
      assertEquals(404, analyst.get("api/plans/" + PLAN + "/versions").status(), "nothing saved");
      browser.fullScreenshot("plan-editor-problem-desktop-en");

      replace(browser, By.id(physio + "value"), "40");
      press(browser, "edit:preview");
      browser.waitForText(By.id("problemCount"), "Every field is right");
      String landPreview = browser.find(By.cssSelector("[data-indicator='1-1']")).getText();
      assertTrue(landPreview.contains("Achieved"), landPreview);
      String physioPreview = browser.find(By.cssSelector("[data-indicator='1-2']")).getText();
      assertTrue(physioPreview.contains("Achieved"), physioPreview);
      assertTrue(physioPreview.contains("45 (2020)"), physioPreview);
      browser.assertFitsWidth();
      browser.fullScreenshot("plan-editor-desktop-en");

      press(browser, "edit:save");
      browser.waitForText(By.id("edit:messages"), "version 1 is stored");
      assertEquals(1, versions(analyst));
      browser.find(By.id("edit:scorecardLink")).click();
      WebElement landRow = browser.find(By.id("indicator-land-satisfaction"));
      assertTrue(landRow.getText().contains("Achieved"), landRow.getText());
      assertTrue(landRow.getText().contains("n = 27"), landRow.getText());
      WebElement physioRow = browser.find(By.id("indicator-physiotherapy"));
      assertTrue(physioRow.getText().contains("45"), physioRow.getText());
      assertTrue(physioRow.getText().contains("at least 40"), physioRow.getText());
      assertTrue(physioRow.getText().contains("Achieved"), physioRow.getText());

      // the plan page's "Edit" opens version 1 as it was saved
      browser.find(By.id("editPlan")).click();
      WebElement value = browser.find(By.id(physio + "value"));
      assertEquals("40", value.getAttribute("value"));
      assertEquals("true", browser.find(By.id("edit:planId")).getAttribute("readonly"));
      replace(browser, By.id(physio + "value"), "50");
      press(browser, "edit:save");
      browser.waitForText(By.id("edit:messages"), "Say why the plan changes.");
      assertEquals(1, versions(analyst));
      browser.type(By.id("edit:reason"), "Ambition raised by the council");
      press(browser, "edit:save");
      browser.waitForText(By.id("edit:messages"), "version 2 is stored");
      browser.find(By.id("edit:versionsLink")).click();
      String versions = browser.find(By.id("versions")).getText();
      assertTrue(versions.contains("Ambition raised by the council"), versions);
      browser.find(By.id("version-1"));
      browser.find(By.id("version-2"));
      String changes = browser.find(By.id("indicatorChanges")).getText();
      assertTrue(changes.contains("at least 40 → at least 50"), changes);
      browser.fullScreenshot("plan-editor-versions-desktop-en");
    }
    assertEquals(2, versions(analyst));

    try (Browser phone = new Browser(Browser.PHONE, "nb")) {
      phone.open(base + "staff/goals/edit.xhtml?id=" + PLAN);
      login(phone, "analyst", "analyst-demo");
      String preview = phone.find(By.cssSelector("[data-indicator='1-1']")).getText();
      assertTrue(preview.contains("Nådd"), preview);
      phone.assertFitsWidth();
      phone.driver.executeScript(
          "document.querySelector(\"[data-indicator='1-2']\").scrollIntoView()");
      phone.screenshot("plan-editor-phone-indicator-nb");
      phone.fullScreenshot("plan-editor-phone-nb");
    }
    try (Browser viewer = new Browser(Browser.DESKTOP, "en")) {
      viewer.open(base + "staff/goals/plan.xhtml?id=" + PLAN);
      login(viewer, "viewer", "viewer-demo");
      viewer.find(By.id("indicator-physiotherapy"));
      assertTrue(viewer.driver.findElements(By.id("editPlan")).isEmpty(), "no Edit for a viewer");
      viewer.open(base + "staff/goals/edit.xhtml?id=" + PLAN);
      assertFalse(viewer.driver.getPageSource().contains("edit:save"));
    }
    assertEquals(204, analyst.delete("api/plans/" + PLAN).status());
  }

  private static int versions(Api analyst) {
    return analyst.get("api/plans/" + PLAN + "/versions").jsonArray().size();
  }

  private static void login(Browser browser, String user, String password) {
    browser.find(By.id("j_username")).sendKeys(user);
    browser.find(By.id("j_password")).sendKeys(password);
    browser.find(By.cssSelector("button[type=submit]")).click();
  }

  /** Replaces what a field holds. */
  private static void replace(Browser browser, By field, String text) {
    WebElement element = browser.find(field);
    element.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"));
    element.sendKeys(org.openqa.selenium.Keys.DELETE);
    element.sendKeys(text);
    assertEquals(text, element.getAttribute("value"));
  }

  /** Clicks a button that re-renders the form, and waits until it has. */
  private static void press(Browser browser, String id) {
    WebElement button = browser.find(By.id(id));
    button.click();
    wait(browser).until(ExpectedConditions.stalenessOf(button));
    browser.find(By.id("edit"));
  }

  /** Picks an option of a select that re-renders the form on change, and waits until it has. */
  private static void pick(Browser browser, By select, String value) {
    WebDriverWait wait = wait(browser);
    try {
      pick(browser, wait, select, value);
    } catch (org.openqa.selenium.TimeoutException e) {
      // what the page said instead, for whoever reads the failure
      browser.fullScreenshot("plan-editor-failure");
      throw new AssertionError(
          "No option " + value + " in " + select + " on " + browser.find(By.id("edit")).getText(),
          e);
    }
  }

  private static void pick(Browser browser, WebDriverWait wait, By select, String value) {
    wait.until(
        d ->
            !d.findElements(select).isEmpty()
                && d.findElement(select)
                        .findElements(By.cssSelector("option[value='" + value + "']"))
                        .size()
                    == 1);
    WebElement element = browser.driver.findElement(select);
    new Select(element).selectByValue(value);
    if (element.getAttribute("onchange") != null) {
      wait.until(ExpectedConditions.stalenessOf(element));
    }
    wait.until(d -> value.equals(d.findElement(select).getAttribute("value")));
  }

  private static WebDriverWait wait(Browser browser) {
    return new WebDriverWait(browser.driver, Duration.ofSeconds(15));
  }
}
