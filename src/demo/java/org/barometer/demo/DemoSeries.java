package org.barometer.demo;

import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Made-up yearly figures for a measure in a region: a level that suits the measure (a rate near 70,
 * a count of new firms in the hundreds, tax income per inhabitant near NOK 50,000), a steady trend
 * between −1 % and +3 % a year and a little noise. The same measure and region always give the same
 * figures, so the demo scores the same on every machine.
 */
final class DemoSeries {

  private DemoSeries() {}

  static Map<Integer, Double> yearly(String measure, String region, int first, int last) {
    Random random = new Random((measure + "|" + region).hashCode());
    double level = level(measure.toLowerCase(Locale.ROOT), random);
    double growth = -0.01 + 0.04 * random.nextDouble();
    Map<Integer, Double> values = new TreeMap<>();
    for (int year = first; year <= last; year++) {
      double noise = 1 + 0.006 * random.nextGaussian();
      values.put(year, round(level * Math.pow(1 + growth, year - first) * noise, level));
    }
    return values;
  }

  private static double level(String measure, Random random) {
    if (measure.contains("per 1000")) {
      return 2 + 6 * random.nextDouble();
    }
    if (measure.contains("rate") || measure.contains("share") || measure.contains("andel")) {
      return 62 + 14 * random.nextDouble();
    }
    if (measure.contains("diversity")) {
      return 0.6 + 0.3 * random.nextDouble();
    }
    if (measure.contains("tax")) {
      return 42_000 + 12_000 * random.nextDouble();
    }
    if (measure.contains("new enterprises") || measure.contains("nyetabler")) {
      return 300 + 600 * random.nextDouble();
    }
    if (measure.contains("population") || measure.contains("employed")) {
      return 20_000 + 80_000 * random.nextDouble();
    }
    return 50 + 100 * random.nextDouble();
  }

  /** Whole numbers for large figures, two decimals for small ones, as the offices publish them. */
  private static double round(double value, double level) {
    double scale = level >= 1000 ? 1 : level >= 10 ? 10 : 100;
    return Math.round(value * scale) / scale;
  }
}
