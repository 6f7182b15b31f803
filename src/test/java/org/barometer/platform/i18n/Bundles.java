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
import java.util.stream.Stream;

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

  /**
   * Every key named in the files below {@code root} whose names end with {@code suffix}: the first
   * group of each match of {@code literal}.
   */
  public static Set<String> keysNamed(Path root, String suffix, Pattern literal)
      throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
        Matcher m = literal.matcher(Files.readString(file));
        while (m.find()) {
          keys.add(m.group(1));
        }
      }
    }
    return keys;
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
