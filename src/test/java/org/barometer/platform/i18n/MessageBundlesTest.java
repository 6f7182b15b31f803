package org.barometer.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
    Properties base = Bundles.load(BUNDLES.resolve("messages.properties"));
    Pattern literal = Pattern.compile("msg\\['([A-Za-z0-9_.-]+)'\\]");
    Set<String> missing = new TreeSet<>();
    int found = 0;
    try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
        Matcher m = literal.matcher(Files.readString(page));
        while (m.find()) {
          found++;
          if (!base.containsKey(m.group(1))) {
            missing.add(page.getFileName() + ": " + m.group(1));
          }
        }
      }
    }
    assertTrue(found > 200, "only " + found + " keys found");
    assertEquals(Set.of(), missing);
  }
}
