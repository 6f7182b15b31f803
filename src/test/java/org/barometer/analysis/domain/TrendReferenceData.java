package org.barometer.analysis.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Random;
import org.barometer.analysis.domain.FpcReferenceData.Cycle;

/**
 * The series of cycles on which {@link TrendReferenceTest} compares the weighted trend with R, and
 * the families of p-values for Holm's adjustment. Drawn from a fixed seed, written as
 * trend-reference.csv and holm-reference.csv in src/test/resources/analysis, which R reads.
 *
 * <p>Series: five cycles with irregular years moving from a worse to a better distribution
 * (population known), four cycles without population and no change, three cycles of an index, two
 * cycles only, and half-yearly cycles at decimal years. Holm families: uniform p-values, small ones
 * with a tie and two untested items, a single test, and large ones that reach 1.
 */
final class TrendReferenceData {

  static final long SEED = 20261205L;

  /** One cycle of a series. */
  record YearCycle(double year, Cycle cycle) {}

  /** An item over several cycles. */
  record Series(String name, List<YearCycle> cycles) {}

  /** p-values of one comparison of many items; empty for an item without a test. */
  record Family(String name, List<OptionalDouble> pValues) {}

  private TrendReferenceData() {}

  static List<Series> series() {
    Random random = new Random(SEED);
    List<Series> series = new ArrayList<>();
    double[] rising = {2018, 2019, 2021, 2022, 2024};
    int[] risingN = {84, 97, 80, 91, 88};
    List<YearCycle> cycles = new ArrayList<>();
    for (int i = 0; i < rising.length; i++) {
      double[] p = mix(FpcReferenceData.WORSE, FpcReferenceData.BETTER, i / 4.0);
      cycles.add(
          new YearCycle(
              rising[i], FpcReferenceData.scale(random, OptionalLong.of(400), risingN[i], p)));
    }
    series.add(new Series("rising", cycles));

    cycles = new ArrayList<>();
    int[] flatN = {42, 57, 48, 61};
    for (int i = 0; i < flatN.length; i++) {
      cycles.add(
          new YearCycle(
              2020 + i,
              FpcReferenceData.scale(
                  random, OptionalLong.empty(), flatN[i], FpcReferenceData.USUAL)));
    }
    series.add(new Series("flat", cycles));

    cycles = new ArrayList<>();
    int[] indexN = {31, 38, 35};
    for (int i = 0; i < indexN.length; i++) {
      double[] p = mix(FpcReferenceData.USUAL, FpcReferenceData.WORSE, i / 2.0);
      cycles.add(
          new YearCycle(
              2019 + 2 * i, FpcReferenceData.index(random, OptionalLong.of(150), indexN[i], p)));
    }
    series.add(new Series("index", cycles));

    series.add(
        new Series(
            "two",
            List.of(
                new YearCycle(
                    2022,
                    FpcReferenceData.scale(
                        random, OptionalLong.of(300), 70, FpcReferenceData.USUAL)),
                new YearCycle(
                    2024,
                    FpcReferenceData.scale(
                        random, OptionalLong.of(320), 75, FpcReferenceData.BETTER)))));

    cycles = new ArrayList<>();
    int[] halfN = {150, 162, 139, 171};
    for (int i = 0; i < halfN.length; i++) {
      double[] p = mix(FpcReferenceData.USUAL, FpcReferenceData.BETTER, i / 3.0);
      cycles.add(
          new YearCycle(
              2023 + 0.5 * i, FpcReferenceData.scale(random, OptionalLong.of(1000), halfN[i], p)));
    }
    series.add(new Series("halfYearly", cycles));
    return series;
  }

  static List<Family> families() {
    Random random = new Random(SEED + 1);
    List<Family> families = new ArrayList<>();
    List<OptionalDouble> uniform = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      uniform.add(OptionalDouble.of(random.nextDouble()));
    }
    families.add(new Family("uniform", uniform));

    List<OptionalDouble> small = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      double u = random.nextDouble();
      small.add(OptionalDouble.of(u * u * u * 0.1));
    }
    small.add(3, OptionalDouble.empty());
    small.add(OptionalDouble.of(small.get(1).getAsDouble())); // a tie
    small.add(OptionalDouble.empty());
    families.add(new Family("small", small));

    families.add(new Family("single", List.of(OptionalDouble.of(0.03))));

    List<OptionalDouble> large = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      large.add(OptionalDouble.of(0.3 + 0.7 * random.nextDouble()));
    }
    large.add(OptionalDouble.of(1.0));
    families.add(new Family("large", large));
    return families;
  }

  private static double[] mix(double[] from, double[] to, double t) {
    double[] p = new double[from.length];
    for (int k = 0; k < p.length; k++) {
      p[k] = (1 - t) * from[k] + t * to[k];
    }
    return p;
  }

  /** One row per series, cycle (year) and distinct value; population NA when unknown. */
  static String trendCsv() {
    StringBuilder csv = new StringBuilder("series,year,population,value,count\n");
    for (Series s : series()) {
      for (YearCycle c : s.cycles()) {
        double[] values = c.cycle().answers().values();
        long[] counts = c.cycle().answers().counts();
        for (int i = 0; i < values.length; i++) {
          csv.append(s.name())
              .append(',')
              .append(FpcReferenceData.number(c.year()))
              .append(',')
              .append(FpcReferenceData.population(c.cycle().population()))
              .append(',')
              .append(FpcReferenceData.number(values[i]))
              .append(',')
              .append(counts[i])
              .append('\n');
        }
      }
    }
    return csv.toString();
  }

  /** One row per family and item, in order; p NA for an untested item. */
  static String holmCsv() {
    StringBuilder csv = new StringBuilder("family,item,p\n");
    for (Family f : families()) {
      for (int i = 0; i < f.pValues().size(); i++) {
        OptionalDouble p = f.pValues().get(i);
        csv.append(f.name())
            .append(',')
            .append(i + 1)
            .append(',')
            .append(p.isPresent() ? Double.toString(p.getAsDouble()) : "NA")
            .append('\n');
      }
    }
    return csv.toString();
  }
}
