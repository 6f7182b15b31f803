package org.barometer.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks that a translated bundle says everything its base says, with the same placeholders. */
public final class Bundles {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d");

  private Bundles() {}

  /** A bundle file read as UTF-8, as ResourceBundle reads it. */
  public static Properties load(Path file) throws IOException {
    Properties p = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(in);
    }
    return p;
  }

  /** The same keys, and for each key the same {0}, {1}, … */
  public static void assertTranslates(Properties base, Properties translation, String language) {
    assertEquals(
        new TreeSet<>(base.stringPropertyNames()),
        new TreeSet<>(translation.stringPropertyNames()),
        language);
    for (String key : base.stringPropertyNames()) {
      assertEquals(
          placeholders(base.getProperty(key)),
          placeholders(translation.getProperty(key)),
          language + ": " + key);
    }
  }

  private static Set<String> placeholders(String pattern) {
    Set<String> found = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(pattern);
    while (m.find()) {
      found.add(m.group());
    }
    return found;
  }
}
