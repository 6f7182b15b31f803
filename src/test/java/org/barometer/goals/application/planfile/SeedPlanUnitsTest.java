package org.barometer.goals.application.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every unit word the seed plans (and the demo's revision of Sarpsborg) use has its own word in
 * bokmål and Swedish, so a Norwegian page never says "768 enterprises" (issue 14, point 10).
 * Symbols and codes ("%", "NOK", "t CO2e") are written as they are in every language.
 */
class SeedPlanUnitsTest {

  private static final Pattern UNIT =
      Pattern.compile("unit: \"?([^,}\"#\\\\\\n]+?)\"?\\s*[,}#\\\\\\n]");

  @Test
  void everyUnitWordOfTheSeedPlansIsTranslated() throws IOException {
    TreeSet<String> words = new TreeSet<>();
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> plans = Files.list(SeedPlans.DIR)) {
      plans.filter(p -> p.toString().endsWith(".yaml")).forEach(sources::add);
    }
    sources.add(Path.of("src/demo/java/org/barometer/demo/DemoPlans.java"));
    for (Path source : sources) {
      Matcher m = UNIT.matcher(Files.readString(source, StandardCharsets.UTF_8));
      while (m.find()) {
        String unit = m.group(1).strip();
        if (unit.chars()
            .allMatch(c -> Character.isLowerCase(c) || c == ' ' || Character.isDigit(c))) {
          words.add(unit);
        }
      }
    }
    assertEquals(true, words.contains("enterprises"), "the demo's new indicator is read: " + words);
    for (String language : List.of("nb", "sv")) {
      Properties phrases = phrases(language);
      List<String> missing =
          words.stream().filter(w -> !phrases.containsKey("goals.unit." + w)).toList();
      assertEquals(List.of(), missing, "units without a word in " + language);
    }
  }

  private static Properties phrases(String language) throws IOException {
    Properties phrases = new Properties();
    String name = "/org/barometer/goals/domain/phrases_" + language + ".properties";
    try (InputStream in = SeedPlanUnitsTest.class.getResourceAsStream(name)) {
      phrases.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return phrases;
  }
}
