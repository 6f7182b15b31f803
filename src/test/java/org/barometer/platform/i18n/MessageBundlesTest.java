package org.barometer.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
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
        Bundles.load(BUNDLES.resolve("messages.properties")),
        Bundles.load(BUNDLES.resolve("messages_" + language + ".properties")),
        language);
  }

  @Test
  void everyKeyAPageNamesIsInTheBundle() throws IOException {
    Set<String> named =
        Bundles.keysNamed(
            Path.of("src/main/webapp"), ".xhtml", Pattern.compile("msg\\['([A-Za-z0-9_.-]+)'\\]"));
    assertTrue(named.size() > 200, "only " + named.size() + " keys found");
    named.removeAll(Bundles.load(BUNDLES.resolve("messages.properties")).stringPropertyNames());
    assertEquals(Set.of(), named);
  }
}
