package org.barometer.it;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Three cycles of a business-climate survey generated from a fixed seed, for the comparison of
 * every figure of the results, comparison and trend APIs with R's survey package ({@code
 * src/test/resources/analysis/api-reference.R}). The register knows five strata: a census stratum
 * (M: every business answers), a lonely one (G: one answer), an unsampled one (I: none) and two
 * sampled ones. Answers follow a latent opinion per business, so that items correlate as real ones
 * do; some are "don't know", some are left blank, and the permit question is only answered by those
 * who applied.
 */
final class RReferenceData {

  /** One stratum of the register: its industry, size class, population and answers per cycle. */
  record Stratum(String industry, String size, int population, int[] answers, double offset) {}

  static final List<Stratum> STRATA =
      List.of(
          new Stratum("C", "5-19", 40, new int[] {14, 15, 13}, 0.3),
          new Stratum("F", "0-4", 60, new int[] {18, 20, 22}, -0.4),
          new Stratum("M", "0-4", 25, new int[] {25, 25, 25}, 0.8),
          new Stratum("G", "0-4", 12, new int[] {1, 1, 1}, -1.0),
          new Stratum("I", "0-4", 30, new int[] {0, 0, 0}, 0));

  static final String[] CYCLES = {"2021", "2023", "2025"};
  private static final double[] SHIFT = {0, 0.25, 0.6};

  static final List<String> SCALES =
      List.of(
          "sat_business_land",
          "sat_building_permits",
          "sat_business_development",
          "sat_cooperation",
          "image_innovative",
          "image_welcoming",
          "image_adaptable",
          "overall_climate");

  static final String HEADER =
      "permit_applied," + String.join(",", SCALES) + ",industry,size,years";

  private static final String[] YEARS = {"0-2", "3-9", "10+"};

  private RReferenceData() {}

  static int populationSize() {
    return STRATA.stream().mapToInt(Stratum::population).sum();
  }

  /** The register's strata as the cycle API takes them. */
  static String strataJson() {
    List<String> strata = new ArrayList<>();
    for (Stratum s : STRATA) {
      strata.add(
          "{\"industry\":\""
              + s.industry()
              + "\",\"sizeClass\":\""
              + s.size()
              + "\",\"population\":"
              + s.population()
              + "}");
    }
    return "[" + String.join(",", strata) + "]";
  }

  /** The answers of cycle {@code c} (0, 1, 2) as the answer import takes them. */
  static String answersCsv(int c) {
    Random random = new Random(20261207L + c);
    StringBuilder csv = new StringBuilder(HEADER).append('\n');
    for (Stratum s : STRATA) {
      for (int i = 0; i < s.answers()[c]; i++) {
        double opinion = s.offset() + SHIFT[c] + random.nextGaussian();
        boolean applied = random.nextDouble() < 0.6;
        csv.append(applied ? "yes" : "no");
        for (String item : SCALES) {
          csv.append(',');
          double u = random.nextDouble();
          long point = Math.round(3.5 + 1.1 * opinion + 0.7 * random.nextGaussian());
          if (item.equals("sat_building_permits") && !applied) {
            continue;
          } else if (u < 0.07) {
            csv.append("dontknow");
          } else if (u > 0.97) {
            continue;
          } else {
            csv.append(Math.max(1, Math.min(6, point)));
          }
        }
        csv.append(',').append(s.industry()).append(',').append(s.size());
        csv.append(',').append(YEARS[random.nextInt(YEARS.length)]).append('\n');
      }
    }
    return csv.toString();
  }

  /** All three cycles in one file for R: the cycle label first, then the import's columns. */
  static String referenceCsv() {
    StringBuilder all = new StringBuilder("cycle,").append(HEADER).append('\n');
    for (int c = 0; c < CYCLES.length; c++) {
      String[] lines = answersCsv(c).split("\n");
      for (int i = 1; i < lines.length; i++) {
        all.append(CYCLES[c]).append(',').append(lines[i]).append('\n');
      }
    }
    return all.toString();
  }
}
