package org.barometer.analysis.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import java.util.TreeMap;

/**
 * The pairs of cycles on which {@link FpcReferenceTest} compares simple means and their change with
 * R's survey package. Drawn from a fixed seed with {@link Random} (whose sequence the Java
 * specification fixes), written as src/test/resources/analysis/fpc-reference.csv, which R reads;
 * the test checks that this generator still writes exactly the committed file.
 *
 * <p>Pairs: sampling fractions of 20–25 % (the demo's), an index (values that are multiples of
 * 100/15, as the mean of three 1–6 items), a small fraction (N in thousands), a large one (80 %), a
 * cycle without a population beside one with, two without (plain Welch), a census beside a sample,
 * and the hand example of {@code ComparisonTest} with small populations.
 */
final class FpcReferenceData {

  static final long SEED = 20261204L;

  /** One cycle's answers (value → count) and its population, empty when unknown. */
  record Cycle(OptionalLong population, Frequencies answers) {}

  /** Two cycles of one survey: before and after. */
  record Pair(String name, Cycle before, Cycle after) {}

  static final double[] USUAL = {.05, .10, .20, .30, .25, .10};
  static final double[] BETTER = {.04, .08, .18, .30, .28, .12};
  static final double[] WORSE = {.08, .14, .22, .28, .20, .08};

  private FpcReferenceData() {}

  static List<Pair> pairs() {
    Random random = new Random(SEED);
    List<Pair> pairs = new ArrayList<>();
    pairs.add(
        new Pair(
            "demo",
            scale(random, OptionalLong.of(400), 92, USUAL),
            scale(random, OptionalLong.of(380), 88, BETTER)));
    pairs.add(
        new Pair(
            "index",
            index(random, OptionalLong.of(150), 34, USUAL),
            index(random, OptionalLong.of(150), 37, WORSE)));
    pairs.add(
        new Pair(
            "smallFraction",
            scale(random, OptionalLong.of(5000), 410, USUAL),
            scale(random, OptionalLong.of(5200), 395, BETTER)));
    pairs.add(
        new Pair(
            "largeFraction",
            scale(random, OptionalLong.of(30), 24, WORSE),
            scale(random, OptionalLong.of(28), 22, BETTER)));
    pairs.add(
        new Pair(
            "afterUnknown",
            scale(random, OptionalLong.of(200), 45, USUAL),
            scale(random, OptionalLong.empty(), 50, BETTER)));
    pairs.add(
        new Pair(
            "bothUnknown",
            scale(random, OptionalLong.empty(), 25, WORSE),
            scale(random, OptionalLong.empty(), 30, USUAL)));
    pairs.add(
        new Pair(
            "afterCensus",
            scale(random, OptionalLong.of(15), 11, USUAL),
            scale(random, OptionalLong.of(12), 12, BETTER)));
    pairs.add(
        new Pair(
            "hand",
            new Cycle(OptionalLong.of(5), Frequencies.ofObservations(1, 3)),
            new Cycle(OptionalLong.of(4), Frequencies.ofObservations(4, 6, 8))));
    return pairs;
  }

  static Cycle scale(Random random, OptionalLong population, int n, double[] p) {
    Map<Double, Long> counts = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      counts.merge((double) point(random, p), 1L, Long::sum);
    }
    return new Cycle(population, Frequencies.of(counts));
  }

  /** A respondent's index: the mean of three items' (x − 1)/5·100. */
  static Cycle index(Random random, OptionalLong population, int n, double[] p) {
    Map<Double, Long> counts = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      int steps = 0;
      for (int item = 0; item < 3; item++) {
        steps += point(random, p) - 1;
      }
      counts.merge(steps * 100.0 / 15, 1L, Long::sum);
    }
    return new Cycle(population, Frequencies.of(counts));
  }

  private static int point(Random random, double[] p) {
    double u = random.nextDouble();
    double cumulative = 0;
    for (int k = 0; k < p.length - 1; k++) {
      cumulative += p[k];
      if (u < cumulative) {
        return k + 1;
      }
    }
    return p.length;
  }

  /** The CSV R reads: one row per pair, cycle and distinct value; population NA when unknown. */
  static String csv() {
    StringBuilder csv = new StringBuilder("dataset,cycle,population,value,count\n");
    for (Pair pair : pairs()) {
      row(csv, pair.name(), "before", pair.before());
      row(csv, pair.name(), "after", pair.after());
    }
    return csv.toString();
  }

  private static void row(StringBuilder csv, String name, String cycle, Cycle c) {
    String population = population(c.population());
    double[] values = c.answers().values();
    long[] counts = c.answers().counts();
    for (int i = 0; i < values.length; i++) {
      String value = number(values[i]);
      csv.append(name)
          .append(',')
          .append(cycle)
          .append(',')
          .append(population)
          .append(',')
          .append(value)
          .append(',')
          .append(counts[i])
          .append('\n');
    }
  }

  /**
   * A whole number without ".0", else Java's shortest decimal that reads back as the same double.
   */
  static String number(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value)
        : Double.toString(value);
  }

  static String population(OptionalLong population) {
    return population.isPresent() ? Long.toString(population.getAsLong()) : "NA";
  }
}
