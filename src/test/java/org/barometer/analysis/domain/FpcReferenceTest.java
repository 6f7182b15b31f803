package org.barometer.analysis.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.barometer.analysis.domain.FpcReferenceData.Cycle;
import org.barometer.analysis.domain.FpcReferenceData.Pair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Simple means with the finite-population correction, and their change between cycles, against R's
 * survey package on the generated pairs of {@link FpcReferenceData}.
 *
 * <p>The expected values are read from src/test/resources/analysis/fpc-reference.out, printed by
 * {@code Rscript fpc-reference.R > fpc-reference.out} (R 4.2.2, survey 4.1-1) from
 * fpc-reference.csv, which the generator writes; after changing the generator, write the CSV again
 * with {@code mvn -q test -Dtest=FpcReferenceTest -Dfpc.reference.write=true} and rerun the R
 * script. Every figure must agree to 1e-9 (absolute); the largest difference of each figure is
 * printed.
 */
class FpcReferenceTest {

  private static final String DIR = "/analysis/";
  private static final double TOLERANCE = 1e-9;
  private static final String[] SUMMARY = {"mean", "sd", "se", "lower", "upper"};
  private static final String[] TEST = {"difference", "se", "df", "t", "p", "lower", "upper"};

  /** "summary demo before" or "welch demo" → figure → R's value. */
  private static Map<String, Map<String, Double>> reference;

  @BeforeAll
  static void readReference() throws IOException {
    if (Boolean.getBoolean("fpc.reference.write")) {
      Files.writeString(
          Path.of("src/test/resources/analysis/fpc-reference.csv"), FpcReferenceData.csv());
    }
    reference = new HashMap<>();
    for (String line : resource("fpc-reference.out").split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] words = line.trim().split(" +");
      int keyWords = words[0].equals("summary") ? 3 : 2;
      String key = String.join(" ", List.of(words).subList(0, keyWords));
      Map<String, Double> figures = new LinkedHashMap<>();
      for (int i = keyWords; i < words.length; i += 2) {
        figures.put(words[i], Double.parseDouble(words[i + 1]));
      }
      reference.put(key, figures);
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = FpcReferenceTest.class.getResourceAsStream(DIR + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void theCommittedCsvIsWhatTheGeneratorWrites() throws IOException {
    assertEquals(
        FpcReferenceData.csv(),
        resource("fpc-reference.csv"),
        "the generator changed: write the CSV again and rerun fpc-reference.R");
  }

  @Test
  void simpleMeansAgreeWithSvymeanWithFpc() {
    Map<String, Double> worst = new LinkedHashMap<>();
    int checked = 0;
    for (Pair pair : FpcReferenceData.pairs()) {
      checked += checkSummary(pair.name() + " before", pair.before(), worst);
      checked += checkSummary(pair.name() + " after", pair.after(), worst);
    }
    assertEquals(2 * FpcReferenceData.pairs().size() * SUMMARY.length, checked);
    report("summary (svymean, fpc = ~N)", worst);
  }

  private static int checkSummary(String name, Cycle cycle, Map<String, Double> worst) {
    SummaryOptions options = SummaryOptions.defaults();
    if (cycle.population().isPresent()) {
      options = options.populationSize(cycle.population().getAsLong());
    }
    Summary s = Summary.of(cycle.answers(), 0, options);
    assertEquals(cycle.population().isPresent(), s.finitePopulationCorrected());
    Map<String, OptionalDouble> actual =
        Map.of(
            "mean", s.mean(),
            "sd", s.standardDeviation(),
            "se", s.standardError(),
            "lower", OptionalDouble.of(s.confidenceInterval().orElseThrow().lower()),
            "upper", OptionalDouble.of(s.confidenceInterval().orElseThrow().upper()));
    return compare("summary " + name, actual, SUMMARY, worst);
  }

  @Test
  void theChangeIsWelchSatterthwaiteOnTheCorrectedVariances() {
    Map<String, Double> worst = new LinkedHashMap<>();
    int checked = 0;
    for (Pair pair : FpcReferenceData.pairs()) {
      Comparison c =
          Comparison.welch(
              pair.before().answers(),
              pair.before().population(),
              pair.after().answers(),
              pair.after().population());
      checked += compare("welch " + pair.name(), figures(c), TEST, worst);
    }
    assertEquals(FpcReferenceData.pairs().size() * TEST.length, checked);
    report("change, Welch-Satterthwaite on (1 - n/N) s^2/n", worst);
  }

  /** A trend tests each cycle against the previous one from the summaries it holds. */
  @Test
  void theSameTestFromTheCyclesSummaries() {
    Map<String, Double> worst = new LinkedHashMap<>();
    int checked = 0;
    for (Pair pair : FpcReferenceData.pairs()) {
      Comparison c = Comparison.welch(summary(pair.before()), summary(pair.after()));
      checked += compare("welch " + pair.name(), figures(c), TEST, worst);
    }
    assertEquals(FpcReferenceData.pairs().size() * TEST.length, checked);
    report("change from the summaries, Welch-Satterthwaite on se^2", worst);
  }

  private static Summary summary(Cycle cycle) {
    SummaryOptions options = SummaryOptions.defaults();
    if (cycle.population().isPresent()) {
      options = options.populationSize(cycle.population().getAsLong());
    }
    return Summary.of(cycle.answers(), 0, options);
  }

  @Test
  void withoutPopulationsTheChangeIsRsTTest() {
    Map<String, Double> worst = new LinkedHashMap<>();
    for (Pair pair : FpcReferenceData.pairs()) {
      Comparison plain = Comparison.welch(pair.before().answers(), pair.after().answers());
      compare("ttest " + pair.name(), figures(plain), TEST, worst);
    }
    report("change without populations (t.test)", worst);
  }

  @Test
  void whereNoCycleKnowsItsPopulationBothTestsAreTheSame() {
    Map<String, Double> unknown = reference.get("welch bothUnknown");
    Map<String, Double> tTest = reference.get("ttest bothUnknown");
    for (String figure : TEST) {
      assertEquals(tTest.get(figure), unknown.get(figure), 1e-12, figure);
    }
  }

  @Test
  void theCorrectionNarrowsTheTestAtTheDemosSamplingFractions() {
    // N 400 and 380, n 92 and 88: the corrected se is √(1 − f) ≈ 0.88 of the raw one
    Map<String, Double> corrected = reference.get("welch demo");
    Map<String, Double> raw = reference.get("ttest demo");
    double ratio = corrected.get("se") / raw.get("se");
    assertTrue(ratio > 0.86 && ratio < 0.90, "se ratio " + ratio);
    assertTrue(corrected.get("p") < raw.get("p"));
  }

  private static Map<String, OptionalDouble> figures(Comparison c) {
    return Map.of(
        "difference", c.difference(),
        "se", c.standardError(),
        "df", c.degreesOfFreedom(),
        "t", c.statistic(),
        "p", c.pValue(),
        "lower", OptionalDouble.of(c.interval().orElseThrow().lower()),
        "upper", OptionalDouble.of(c.interval().orElseThrow().upper()));
  }

  private static int compare(
      String key, Map<String, OptionalDouble> actual, String[] figures, Map<String, Double> worst) {
    Map<String, Double> expected = reference.get(key);
    assertTrue(expected != null, "no line '" + key + "' in fpc-reference.out");
    int checked = 0;
    for (String figure : figures) {
      double r = expected.get(figure);
      double java = actual.get(figure).orElseThrow();
      double difference = Math.abs(java - r);
      assertTrue(difference <= TOLERANCE, key + " " + figure + ": Java " + java + ", R " + r);
      worst.merge(figure, difference, Math::max);
      checked++;
    }
    return checked;
  }

  private static void report(String what, Map<String, Double> worst) {
    StringBuilder line = new StringBuilder("fpc-reference, " + what + ": max |Java - R|");
    worst.forEach((figure, d) -> line.append(String.format(" %s %.3g", figure, d)));
    System.out.println(line);
  }
}
