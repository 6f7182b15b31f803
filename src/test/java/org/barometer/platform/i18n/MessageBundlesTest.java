package org.barometer.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages' texts exist in every language with the same placeholders, and every key a page names
 * literally is in the bundle: a missing text would show as "???key???" to a user.
 */
class MessageBundlesTest {

  private static final Path BUNDLES = Path.of("src/main/resources/org/barometer");

  @ParameterizedTest
  @ValueSource(strings = {"nb", "sv", "en"})
  void everyLanguageHasEveryTextWithTheSamePlaceholders(String language) throws IOException {
    Bundles.assertTranslates(
        Bundles.load(BUNDLES.resolve("messages_en.properties")),
        Bundles.load(BUNDLES.resolve("messages_" + language + ".properties")),
        language);
  }

  /** The build copies the English texts as the bundle without a language (pom.xml). */
  @Test
  void theBundleWithoutALanguageIsTheEnglishOne() throws IOException {
    ResourceBundle base =
        ResourceBundle.getBundle(
            "org.barometer.messages",
            Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    Properties english = Bundles.load(BUNDLES.resolve("messages_en.properties"));
    assertEquals(english.stringPropertyNames(), base.keySet());
    for (String key : english.stringPropertyNames()) {
      assertEquals(english.getProperty(key), base.getString(key), key);
    }
  }

  @Test
  void everyKeyAPageNamesIsInTheBundle() throws IOException {
    Set<String> named =
        Bundles.keysNamed(
            Path.of("src/main/webapp"), ".xhtml", Pattern.compile("msg\\['([A-Za-z0-9_.-]+)'\\]"));
    assertTrue(named.size() > 200, "only " + named.size() + " keys found");
    named.removeAll(Bundles.load(BUNDLES.resolve("messages_en.properties")).stringPropertyNames());
    assertEquals(Set.of(), named);
  }
}
