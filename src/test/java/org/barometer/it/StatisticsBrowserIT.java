package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
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
 * An analyst imports SSB's KOSTRA table 12191 in Chromium: drops the file, checks the preview and
 * the guessed mapping, imports, and reads the series in the browser, on a desktop and a phone.
 * Expected figures are read by hand from the file: 135 cells, 90 of them '.'; the full-time
 * physiotherapist agreements (KOSavtalehjemler0001) in 2020 are 20 in Moss (3002), 45 in Drammen
 * (3005) and 6 in Ringerike (3007).
 */
@ExtendWith(ArquillianExtension.class)
class StatisticsBrowserIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void anAnalystImportsAFileAndReadsItsSeries() throws URISyntaxException {
    Path file =
        Path.of(
            getClass()
                .getResource("/official-stats/ssb/ssb-12191-kostra-kommunehelse-jsonstat2.json")
                .toURI());
    try (Browser browser = new Browser(Browser.DESKTOP, "en")) {
      browser.open(base + "staff/statistics/import.xhtml");
      browser.find(By.id("j_username")).sendKeys("analyst");
      browser.find(By.id("j_password")).sendKeys("analyst-demo");
      browser.find(By.cssSelector("button[type=submit]")).click();
      browser.find(By.cssSelector(".ui-fileupload-choose"));
      browser.fullScreenshot("statistics-import-empty-desktop-en");

      // the chooser's input is hidden behind its button, as in every PrimeFaces upload
      browser
          .driver
          .findElement(By.cssSelector("#importForm input[type=file]"))
          .sendKeys(file.toAbsolutePath().toString());
      WebElement preview = browser.find(By.cssSelector(".preview-table"));
      assertTrue(preview.getText().contains("12191"), preview.getText());
      assertTrue(preview.getText().contains("135"), preview.getText());
      assertTrue(preview.getText().contains("90 '.'"), preview.getText());
      assertEquals(
          "KOKkommuneregion0000",
          new Select(browser.find(By.id("importForm:region")))
              .getFirstSelectedOption()
              .getAttribute("value"));
      assertEquals(
          "Tid",
          new Select(browser.find(By.id("importForm:time")))
              .getFirstSelectedOption()
              .getAttribute("value"));
      browser.fullScreenshot("statistics-import-preview-desktop-en");

      browser.find(By.id("importForm:importButton")).click();
      WebElement stored = browser.find(By.cssSelector("#results tbody tr"));
      List<String> cells =
          stored.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
      assertTrue(cells.get(0).startsWith("SSB 12191"), cells.toString());
      assertEquals("135", cells.get(1));
      browser.fullScreenshot("statistics-import-done-desktop-en");

      stored.findElement(By.tagName("a")).click();
      new Select(browser.find(By.id("seriesForm:measure")))
          .selectByValue(measureValue(browser, "Avtalehjemler"));
      browser.waitForText(By.cssSelector("#seriesForm\\:figures h2"), "Avtalehjemler");
      WebElement row2020 =
          browser.find(By.id("seriesTable")).findElements(By.cssSelector("tbody tr")).stream()
              .filter(r -> r.getText().startsWith("2020"))
              .findFirst()
              .orElseThrow();
      assertEquals(
          List.of("2020", "20", "45", "6"),
          row2020.findElements(By.tagName("td")).stream().map(WebElement::getText).toList());
      browser.assertImagesLoaded();
      browser.fullScreenshot("statistics-series-desktop-en");

      browser.driver.manage().window().setSize(Browser.PHONE);
      browser.open(base + "staff/statistics/series.xhtml");
      browser.find(By.id("seriesTable"));
      browser.assertFitsWidth();
      browser.assertImagesLoaded();
      browser.fullScreenshot("statistics-series-phone-en");
      browser.open(base + "staff/statistics/import.xhtml");
      browser.find(By.cssSelector(".ui-fileupload-choose"));
      browser.assertFitsWidth();
      browser.fullScreenshot("statistics-import-phone-en");
      browser
          .driver
          .findElement(By.cssSelector("#importForm input[type=file]"))
          .sendKeys(file.toAbsolutePath().toString());
      browser.find(By.cssSelector(".preview-table"));
      browser.assertFitsWidth();
      browser.fullScreenshot("statistics-import-preview-phone-en");
    }
  }

  private static String measureValue(Browser browser, String labelStart) {
    return new Select(browser.find(By.id("seriesForm:measure")))
        .getOptions().stream()
            .filter(o -> o.getText().startsWith(labelStart))
            .findFirst()
            .orElseThrow()
            .getAttribute("value");
  }
}
