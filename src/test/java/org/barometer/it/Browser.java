package org.barometer.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium, headless, driven by Selenium as a person would use the pages: a fresh profile
 * per browser (deleted on close), and a screenshot on request for a human to look at. A missing
 * Chromium fails the test; it is never skipped silently.
 */
final class Browser implements AutoCloseable {

  static final Dimension PHONE = new Dimension(390, 844);
  static final Dimension DESKTOP = new Dimension(1280, 900);
  private static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private final Path profile;
  final ChromeDriver driver;
  private final WebDriverWait wait;

  Browser(Dimension size, String language) {
    try {
      profile = Files.createTempDirectory("barometer-chromium");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        "--lang=" + language,
        "--user-data-dir=" + profile,
        "--window-size=" + size.width + "," + size.height);
    options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
    driver = new ChromeDriver(options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  void open(String url) {
    driver.get(url);
  }

  WebElement find(By by) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  void waitForText(By by, String text) {
    wait.until(ExpectedConditions.textToBePresentInElementLocated(by, text));
  }

  /**
   * Clicks the label of the option with this value in the question with this code. A choice
   * re-renders the questions by Ajax (conditions may show or hide others), so an element found just
   * before may be replaced: look it up again until the click lands.
   */
  void choose(String question, String value) {
    By input = By.cssSelector("[data-question='" + question + "'] input[value='" + value + "']");
    wait.ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              String id = d.findElement(input).getAttribute("id");
              d.findElement(By.cssSelector("label[for='" + id + "']")).click();
              return d.findElement(input).isSelected();
            });
  }

  /**
   * Types into a field that an Ajax re-render may just have replaced (see {@link #choose}): looks
   * it up again until the keys land.
   */
  void type(By field, String text) {
    wait.ignoring(StaleElementReferenceException.class)
        .until(
            d -> {
              WebElement element = d.findElement(field);
              element.sendKeys(text);
              return element.getAttribute("value").endsWith(text);
            });
  }

  boolean isChosen(String question, String value) {
    return driver
        .findElement(
            By.cssSelector("[data-question='" + question + "'] input[value='" + value + "']"))
        .isSelected();
  }

  void click(String id) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id(id))).click();
  }

  /**
   * Fails if the page is wider than the window (a phone would scroll sideways), naming the elements
   * that stick out.
   */
  void assertFitsWidth() {
    Object wide =
        driver.executeScript(
            "const w = document.documentElement.clientWidth; const out = [];"
                + "document.querySelectorAll('body *').forEach(e => {"
                + "  const r = e.getBoundingClientRect();"
                + "  if (r.right > w + 1 && r.width > 0) out.push(e.tagName + '.' + e.className"
                + "      + ' (' + Math.round(r.right) + 'px)'); });"
                + "return document.documentElement.scrollWidth > w ? out.slice(0, 8).join(', ') : '';");
    if (!"".equals(wide)) {
      throw new AssertionError(driver.getCurrentUrl() + " is wider than the window: " + wide);
    }
  }

  void screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The whole page, not only the window: the window is stretched to the page for the shot. */
  void fullScreenshot(String name) {
    Dimension window = driver.manage().window().getSize();
    long height = (Long) driver.executeScript("return document.documentElement.scrollHeight + 0;");
    driver
        .manage()
        .window()
        .setSize(new Dimension(window.width, (int) Math.min(height + 100, 9000)));
    screenshot(name);
    driver.manage().window().setSize(window);
  }

  /** Fails unless every image on the page has loaded (a chart that failed shows nothing). */
  void assertImagesLoaded() {
    wait.until(
        d ->
            (Boolean)
                ((ChromeDriver) d)
                    .executeScript("return [...document.images].every(i => i.complete);"));
    Object broken =
        driver.executeScript(
            "return [...document.images].filter(i => i.naturalWidth === 0)"
                + ".map(i => i.src).join(', ');");
    if (!"".equals(broken)) {
      throw new AssertionError("Images that did not load: " + broken);
    }
  }

  @Override
  public void close() {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
