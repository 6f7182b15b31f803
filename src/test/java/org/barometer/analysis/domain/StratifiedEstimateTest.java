package org.barometer.analysis.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StratifiedEstimateTest {

  /**
   * Textbook case by hand. Stratum 1: N₁ = 60, answers 2, 4, 6 → ȳ₁ = 4, s₁² = (4 + 0 + 4)/2 = 4.
   * Stratum 2: N₂ = 40, answers 1, 3 → ȳ₂ = 2, s₂² = (1 + 1)/1 = 2. N = 100, W = .6, .4.
   *
   * <pre>
   * ȳ_st = .6·4 + .4·2 = 3.2
   * v = .36·(1 − 3/60)·4/3 + .16·(1 − 2/40)·2/2 = .36·.95·4/3 + .16·.95 = .456 + .152 = .608
   * se = √.608 = 0.779743547584717; z(.975) = 1.959963984540054
   * CI = 3.2 ± 1.528269… = 1.671730… .. 4.728269…
   * </pre>
   */
  @Test
  void textbookTwoStrata() {
    StratifiedEstimate e =
        StratifiedEstimate.of(
            List.of(
                new Stratum("1", Frequencies.ofObservations(2, 4, 6), 60),
                new Stratum("2", Frequencies.ofObservations(1, 3), 40)));
    assertEquals(3.2, e.mean().getAsDouble(), 1e-14);
    assertEquals(Math.sqrt(0.608), e.standardError().getAsDouble(), 1e-14);
    double halfWidth = 1.959963984540054 * Math.sqrt(0.608);
    assertEquals(3.2 - halfWidth, e.confidenceInterval().orElseThrow().lower(), 1e-12);
    assertEquals(3.2 + halfWidth, e.confidenceInterval().orElseThrow().upper(), 1e-12);
    assertEquals(5, e.sampleSize());
    assertEquals(100, e.populationSize());
    assertTrue(e.unsampledStrata().isEmpty());
    assertTrue(e.noStandardErrorReason().isEmpty());
  }

  /**
   * The expected values come from R 4.2.2 with survey 4.1-1 (printed as 4.1.1): {@code Rscript
   * stratified-reference.R > stratified-reference.out} in src/test/resources/analysis, which reads
   * the same stratified-reference.csv as this test and prints svymean's mean and SE and the bounds
   * of confint() for svydesign(ids=~1, strata=~stratum, fpc=~population). Data set A has five
   * strata with n_h from 2 to 12 and a census stratum (A2, n = N = 12); B has a stratum with
   * population but no answers (B5); C has index values (multiples of 12.5) and a certainty stratum
   * C3 (n = N = 1), which R accepts.
   */
  @Test
  void agreesWithRSurveyToNineDigits() throws IOException {
    Map<String, List<Stratum>> datasets = readDatasets();
    Map<String, double[]> expected = readReference();
    assertEquals(datasets.keySet(), expected.keySet());
    double worst = 0;
    for (Map.Entry<String, double[]> r : expected.entrySet()) {
      StratifiedEstimate e = StratifiedEstimate.of(datasets.get(r.getKey()));
      double[] actual = {
        e.mean().getAsDouble(),
        e.standardError().getAsDouble(),
        e.confidenceInterval().orElseThrow().lower(),
        e.confidenceInterval().orElseThrow().upper()
      };
      for (int i = 0; i < 4; i++) {
        double relative = Math.abs(actual[i] - r.getValue()[i]) / Math.abs(r.getValue()[i]);
        assertTrue(
            relative < 1e-9,
            r.getKey() + " figure " + i + ": " + actual[i] + " vs R " + r.getValue()[i]);
        worst = Math.max(worst, relative);
      }
    }
    System.out.println("StratifiedEstimate vs R survey: max relative difference " + worst);
  }

  @Test
  void aStratumWithoutAnswersIsReportedAndTheWeightsRenormalised() throws IOException {
    StratifiedEstimate b = StratifiedEstimate.of(readDatasets().get("B"));
    assertEquals(List.of("B5"), b.unsampledStrata());
    // N = 40 + 12 + 150 + 25 + 60 = 287, of which B5 holds 60
    assertEquals(60.0 / 287, b.unsampledPopulationShare(), 1e-15);
    assertEquals(287, b.populationSize());
  }

  /**
   * A lonely stratum contributes its answer's deviation from the whole, as R's lonely.psu =
   * "adjust" has it. L1: N = 10, answers 3, 5 → ȳ₁ = 4, s₁² = 2; L2: N = 5, one answer 7. W = 2/3,
   * 1/3.
   *
   * <pre>
   * ȳ_st = 2/3·4 + 1/3·7 = 5
   * v = 4/9·(1 − 2/10)·2/2 + 1/9·(1 − 1/5)·(7 − 5)² = 16/45 + 16/45 = 32/45
   * </pre>
   */
  @Test
  void aLonelyStratumCountsItsDeviationFromTheWhole() {
    StratifiedEstimate e =
        StratifiedEstimate.of(
            List.of(
                new Stratum("L1", Frequencies.ofObservations(3, 5), 10),
                new Stratum("L2", Frequencies.ofObservations(7), 5)));
    assertEquals(5.0, e.mean().getAsDouble(), 1e-15);
    assertEquals(Math.sqrt(32.0 / 45), e.standardError().getAsDouble(), 1e-15);
    assertEquals(List.of("L2"), e.lonelyStrata());
    assertTrue(e.noStandardErrorReason().isEmpty());
  }

  /** Data sets L and M of stratified-reference.R, under options(survey.lonely.psu = "adjust"). */
  @Test
  void lonelyStrataAgreeWithRsAdjustRule() throws IOException {
    Map<String, List<Stratum>> data =
        Map.of(
            "L",
            List.of(
                new Stratum("L1", Frequencies.ofObservations(3, 5), 10),
                new Stratum("L2", Frequencies.ofObservations(7), 5)),
            "M",
            List.of(
                new Stratum("M1", Frequencies.ofObservations(2, 4, 6, 8), 50),
                new Stratum("M2", Frequencies.ofObservations(3), 20),
                new Stratum("M3", Frequencies.ofObservations(9), 8),
                new Stratum("M4", Frequencies.ofObservations(5, 5, 6), 30)));
    int compared = 0;
    for (String line : lines("stratified-reference.out")) {
      if (line.startsWith("adjust")) {
        String[] f = line.trim().split("\\s+");
        StratifiedEstimate e = StratifiedEstimate.of(data.get(f[1]));
        assertEquals(Double.parseDouble(f[3]), e.mean().getAsDouble(), 1e-12, f[1]);
        assertEquals(Double.parseDouble(f[5]), e.standardError().getAsDouble(), 1e-12, f[1]);
        compared++;
      }
    }
    assertEquals(2, compared);
  }

  @Test
  void aSingleAnswerHasNoStandardError() {
    StratifiedEstimate e =
        StratifiedEstimate.of(List.of(new Stratum("a", Frequencies.ofObservations(4), 10)));
    assertEquals(4.0, e.mean().getAsDouble());
    assertTrue(e.standardError().isEmpty());
    assertTrue(e.noStandardErrorReason().orElseThrow().contains("single answer"));
  }

  @Test
  void aCensusHasNoSamplingError() {
    // Both strata fully observed, W = 2/6, 4/6; ȳ₁ = 3 (answers 2, 4), ȳ₂ = 1 (four 1s):
    // ȳ_st = 3·1/3 + 1·2/3 = 5/3, and every (1 − n_h/N_h) is 0
    StratifiedEstimate e =
        StratifiedEstimate.of(
            List.of(
                new Stratum("a", Frequencies.ofObservations(2, 4), 2),
                new Stratum("b", Frequencies.ofObservations(1, 1, 1, 1), 4)));
    assertEquals(5.0 / 3, e.mean().getAsDouble(), 1e-15);
    assertEquals(0.0, e.standardError().getAsDouble());
    assertEquals(5.0 / 3, e.confidenceInterval().orElseThrow().lower(), 1e-15);
  }

  @Test
  void noAnswersAnywhereHaveNoMean() {
    StratifiedEstimate e = StratifiedEstimate.of(List.of(new Stratum("a", Frequencies.EMPTY, 10)));
    assertTrue(e.mean().isEmpty());
    assertEquals(List.of("a"), e.unsampledStrata());
    assertEquals(1.0, e.unsampledPopulationShare());
  }

  @Test
  void refusesMoreAnswersThanPopulationAndRepeatedStrata() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Stratum("a", Frequencies.ofObservations(1, 2, 3), 2));
    Stratum a = new Stratum("a", Frequencies.ofObservations(1, 2), 5);
    assertThrows(IllegalArgumentException.class, () -> StratifiedEstimate.of(List.of(a, a)));
  }

  /** dataset → strata in file order, from stratified-reference.csv. */
  static Map<String, List<Stratum>> readDatasets() throws IOException {
    Map<String, Map<String, List<String[]>>> rows = new LinkedHashMap<>();
    for (String line : lines("stratified-reference.csv").stream().skip(1).toList()) {
      String[] f = line.split(",");
      rows.computeIfAbsent(f[0], k -> new LinkedHashMap<>())
          .computeIfAbsent(f[1], k -> new ArrayList<>())
          .add(f);
    }
    Map<String, List<Stratum>> result = new LinkedHashMap<>();
    rows.forEach(
        (dataset, strata) ->
            result.put(
                dataset,
                strata.entrySet().stream()
                    .map(
                        s -> {
                          double[] values = new double[s.getValue().size()];
                          long[] counts = new long[values.length];
                          for (int i = 0; i < values.length; i++) {
                            values[i] = Double.parseDouble(s.getValue().get(i)[3]);
                            counts[i] = Long.parseLong(s.getValue().get(i)[4]);
                          }
                          long population = Long.parseLong(s.getValue().get(0)[2]);
                          return new Stratum(
                              s.getKey(), Frequencies.of(values, counts), population);
                        })
                    .collect(Collectors.toList())));
    return result;
  }

  /** dataset → {mean, se, lower, upper} from stratified-reference.out. */
  private static Map<String, double[]> readReference() throws IOException {
    Map<String, double[]> result = new LinkedHashMap<>();
    for (String line : lines("stratified-reference.out")) {
      if (line.startsWith("#") || line.startsWith("adjust") || line.isBlank()) {
        continue;
      }
      String[] f = line.trim().split("\\s+");
      result.put(
          f[0],
          new double[] {
            Double.parseDouble(f[2]),
            Double.parseDouble(f[4]),
            Double.parseDouble(f[6]),
            Double.parseDouble(f[8])
          });
    }
    return result;
  }

  private static List<String> lines(String name) throws IOException {
    try (InputStream in = StratifiedEstimateTest.class.getResourceAsStream("/analysis/" + name)) {
      assertTrue(in != null, name);
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
          .lines()
          .collect(Collectors.toList());
    }
  }
}
