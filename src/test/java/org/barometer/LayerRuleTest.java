package org.barometer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layer rule of the README's Architecture section, checked by reading every import in {@code
 * src/main/java}, as ArchUnit would: each feature ({@code survey}, {@code analysis}, {@code
 * statistics}, {@code goals}, {@code meeting}, {@code actionplan}) keeps its code in four layers,
 * and a layer imports only the layers below it, of its own feature or another's; {@code platform}
 * and the shared kernel ({@code shared}) know no feature, and everyone may use them.
 */
class LayerRuleTest {

  private static final Path SOURCES = Path.of("src/main/java/org/barometer");
  private static final Set<String> FEATURES =
      Set.of("survey", "analysis", "statistics", "goals", "meeting", "actionplan", "report");

  /** What each layer may import from a feature, besides itself and {@code platform}. */
  private static final Map<String, Set<String>> MAY_IMPORT =
      Map.of(
          "domain", Set.of("domain"),
          "application", Set.of("domain", "application"),
          "infrastructure", Set.of("domain", "application", "infrastructure"),
          "interfaces", Set.of("domain", "application", "interfaces"));

  /** Technologies that belong to one layer (and to {@code platform}, which serves them all). */
  private static final Map<String, String> TECHNOLOGY_LAYER =
      Map.of(
          "java.sql.", "infrastructure",
          "javax.sql.", "infrastructure",
          "jakarta.ws.rs.", "interfaces",
          "jakarta.faces.", "interfaces");

  private static final Pattern IMPORT =
      Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);

  @Test
  void everyImportFollowsTheLayerRule() throws IOException {
    List<String> broken = new ArrayList<>();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(SOURCES)) {
      sources = files.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertTrue(sources.size() > 400, "read the sources: " + sources.size());
    for (Path source : sources) {
      broken.addAll(check(SOURCES.relativize(source), Files.readString(source)));
    }
    assertEquals(List.of(), broken, "imports against the layer rule");
  }

  @Test
  void theRuleCatchesAnApplicationServiceThatReachesIntoInfrastructure() {
    String service =
        "package org.barometer.goals.application;\n"
            + "import org.barometer.goals.infrastructure.JpaRankBook;\n"
            + "import org.barometer.goals.domain.Plan;\n"
            + "import java.sql.Connection;\n";
    assertEquals(
        List.of(
            "goals/application/Plans.java imports org.barometer.goals.infrastructure.JpaRankBook",
            "goals/application/Plans.java imports java.sql.Connection (infrastructure only)"),
        check(Path.of("goals/application/Plans.java"), service));
  }

  private static Stream<String> importsOf(String source) {
    return IMPORT.matcher(source).results().map(r -> r.group(1));
  }

  /** The imports of one source file that break the rule, as lines for the failure message. */
  private static List<String> check(Path relative, String source) {
    List<String> broken = new ArrayList<>();
    String feature = relative.getName(0).toString();
    String layer = relative.getNameCount() > 2 ? relative.getName(1).toString() : null;
    boolean inFeature = FEATURES.contains(feature);
    if (feature.equals("shared")) {
      return importsOf(source)
          .filter(i -> i.startsWith("org.barometer.") && !i.startsWith("org.barometer.shared."))
          .map(i -> relative + " imports " + i + " (the shared kernel imports no feature)")
          .toList();
    }
    if (inFeature && layer != null && !MAY_IMPORT.containsKey(layer)) {
      broken.add(relative + " is outside the four layers");
      return broken;
    }
    Matcher m = IMPORT.matcher(source);
    while (m.find()) {
      String imported = m.group(1);
      if (imported.startsWith("org.barometer.")) {
        String[] parts = imported.split("\\.");
        String toFeature = parts[2];
        String toLayer = parts.length > 3 ? parts[3] : "";
        boolean allowed =
            toFeature.equals("platform")
                || (toFeature.equals("shared") && !feature.equals("platform"))
                || (inFeature && layer != null && MAY_IMPORT.get(layer).contains(toLayer));
        if (!allowed) {
          broken.add(relative + " imports " + imported);
        }
      } else {
        TECHNOLOGY_LAYER.forEach(
            (prefix, home) -> {
              if (imported.startsWith(prefix) && inFeature && !home.equals(layer)) {
                broken.add(relative + " imports " + imported + " (" + home + " only)");
              }
            });
      }
    }
    return broken;
  }
}
