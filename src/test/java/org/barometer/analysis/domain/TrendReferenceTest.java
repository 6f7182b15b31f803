package org.barometer.analysis.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.barometer.analysis.domain.TrendReferenceData.Family;
import org.barometer.analysis.domain.TrendReferenceData.Series;
import org.barometer.analysis.domain.TrendReferenceData.YearCycle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The weighted trend over cycles and Holm's adjustment against R, on the generated data of {@link
 * TrendReferenceData}: src/test/resources/analysis/trend-reference.out is printed by {@code Rscript
 * trend-reference.R > trend-reference.out} (R 4.2.2, survey 4.1-1) from trend-reference.csv and
 * holm-reference.csv. After changing the generator, write the CSVs again with {@code mvn -q test
 * -Dtest=TrendReferenceTest -Dtrend.reference.write=true} and rerun the R script. Every figure must
 * agree to 1e-9 (absolute); the largest difference of each figure is printed.
 */
class TrendReferenceTest {

  private static final double TOLERANCE = 1e-9;
  private static final String[] TREND = {"slope", "se", "z", "p", "lower", "upper"};

  /** "point rising 2018", "trend rising", "holm small 4" → figure → R's value (NaN for NA). */
  private static Map<String, Map<String, Double>> reference;

  @BeforeAll
  static void readReference() throws IOException {
    if (Boolean.getBoolean("trend.reference.write")) {
      Path dir = Path.of("src/test/resources/analysis");
      Files.writeString(dir.resolve("trend-reference.csv"), TrendReferenceData.trendCsv());
      Files.writeString(dir.resolve("holm-reference.csv"), TrendReferenceData.holmCsv());
    }
    reference = new HashMap<>();
    for (String line : resource("trend-reference.out").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] words = line.trim().split(" +");
      int keyWords = words[0].equals("trend") ? 2 : 3;
      String key = String.join(" ", List.of(words).subList(0, keyWords));
      Map<String, Double> figures = new LinkedHashMap<>();
      for (int i = keyWords; i < words.length; i += 2) {
        figures.put(words[i], words[i + 1].equals("NA") ? Double.NaN : parse(words[i + 1]));
      }
      reference.put(key, figures);
    }
  }

  private static double parse(String number) {
    return Double.parseDouble(number);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TrendReferenceTest.class.getResourceAsStream("/analysis/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theCommittedCsvsAreWhatTheGeneratorWrites() throws IOException {
    String hint = "the generator changed: write the CSVs again and rerun trend-reference.R";
    assertEquals(TrendReferenceData.trendCsv(), resource("trend-reference.csv"), hint);
    assertEquals(TrendReferenceData.holmCsv(), resource("holm-reference.csv"), hint);
  }

  @Test
  void theWeightedSlopeAgreesWithGlmWithKnownVariances() {
    Map<String, Double> worst = new LinkedHashMap<>();
    int checked = 0;
    for (Series series : TrendReferenceData.series()) {
      List<WeightedTrend.Point> points = new ArrayList<>();
      for (YearCycle c : series.cycles()) {
        SummaryOptions options = SummaryOptions.defaults();
        if (c.cycle().population().isPresent()) {
          options = options.populationSize(c.cycle().population().getAsLong());
        }
        Summary s = Summary.of(c.cycle().answers(), 0, options);
        String key = "point " + series.name() + " " + FpcReferenceData.number(c.year());
        checked +=
            compare(
                key,
                Map.of("mean", s.mean(), "se", s.standardError()),
                new String[] {"mean", "se"},
                worst);
        points.add(
            new WeightedTrend.Point(
                c.year(), s.mean().getAsDouble(), s.standardError().getAsDouble()));
      }
      WeightedTrend trend = WeightedTrend.of(points);
      assertEquals(points.size(), trend.cycles());
      Map<String, OptionalDouble> actual =
          Map.of(
              "slope", trend.slope(),
              "se", trend.standardError(),
              "z", trend.statistic(),
              "p", trend.pValue(),
              "lower", OptionalDouble.of(trend.interval().orElseThrow().lower()),
              "upper", OptionalDouble.of(trend.interval().orElseThrow().upper()));
      checked += compare("trend " + series.name(), actual, TREND, worst);
    }
    assertTrue(checked > 5 * TREND.length);
    report("weighted trend (glm, dispersion = 1) and its points (svymean)", worst);
  }

  @Test
  void holmAgreesWithPAdjust() {
    Map<String, Double> worst = new LinkedHashMap<>();
    for (Family family : TrendReferenceData.families()) {
      List<OptionalDouble> adjusted = Holm.adjust(family.pValues());
      for (int i = 0; i < adjusted.size(); i++) {
        Map<String, Double> r = reference.get("holm " + family.name() + " " + (i + 1));
        assertTrue(r != null, "no holm line for " + family.name() + " " + (i + 1));
        double expected = r.get("adjusted");
        if (Double.isNaN(expected)) {
          assertTrue(adjusted.get(i).isEmpty(), family.name() + " " + (i + 1) + " is NA in R");
          assertTrue(family.pValues().get(i).isEmpty());
        } else {
          double d = Math.abs(adjusted.get(i).orElseThrow() - expected);
          assertTrue(d <= TOLERANCE, family.name() + " " + (i + 1) + ": " + adjusted.get(i));
          worst.merge("adjusted p", d, Math::max);
        }
      }
    }
    report("Holm (p.adjust)", worst);
  }

  private static int compare(
      String key, Map<String, OptionalDouble> actual, String[] figures, Map<String, Double> worst) {
    Map<String, Double> expected = reference.get(key);
    assertTrue(expected != null, "no line '" + key + "' in trend-reference.out");
    for (String figure : figures) {
      double r = expected.get(figure);
      double java = actual.get(figure).orElseThrow();
      double difference = Math.abs(java - r);
      assertTrue(difference <= TOLERANCE, key + " " + figure + ": Java " + java + ", R " + r);
      worst.merge(key.split(" ")[0] + " " + figure, difference, Math::max);
    }
    return figures.length;
  }

  private static void report(String what, Map<String, Double> worst) {
    StringBuilder line = new StringBuilder("trend-reference, " + what + ": max |Java - R|");
    worst.forEach((figure, d) -> line.append(String.format("; %s %.3g", figure, d)));
    System.out.println(line);
  }
}
