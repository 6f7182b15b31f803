package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

/**
 * Two cycles of a business-climate survey with known answers, imported as CSV, for the results
 * tests: 2022 as below, 2025 with every answer one point higher. Each respondent answers
 * sat_business_land and overall_climate alike, and states industry and size; the register knows the
 * four strata.
 */
record ResultsData(String survey, long before, long after) {

  /** sat_business_land in 2022 by industry (all C answers are size 5-19, the others 0-4). */
  static final double[] C_2022 = {4, 4, 4, 5, 5, 3, 3, 4};

  static final double[] F_2022 = {2, 3, 3, 2, 3, 2, 3, 2};
  static final double[] M_2022 = {5, 5, 5, 5, 5, 5, 5, 5, 5};
  static final double[] G_2022 = {1, 2};
  static final String STRATA =
      "[{\"industry\":\"C\",\"sizeClass\":\"5-19\",\"population\":40},"
          + "{\"industry\":\"F\",\"sizeClass\":\"0-4\",\"population\":30},"
          + "{\"industry\":\"M\",\"sizeClass\":\"0-4\",\"population\":20},"
          + "{\"industry\":\"G\",\"sizeClass\":\"0-4\",\"population\":10}]";

  static ResultsData create(Api analyst) {
    String survey = Surveys.uniqueCode("results");
    var created =
        analyst.postJson(
            "/api/surveys",
            "{\"code\":\""
                + survey
                + "\",\"name\":\"Næringslivsundersøkelsen\",\"templateCode\":\"business-climate\"}");
    assertEquals(201, created.status(), created.body());
    return new ResultsData(
        survey, cycle(analyst, survey, "2022", 0), cycle(analyst, survey, "2025", 1));
  }

  /**
   * Both cycles closed (a goal counts only closed cycles: an open one's figure still moves), and
   * SSB's KOSTRA table 12191 imported, for the tests that score a plan on a survey and a statistic.
   */
  static ResultsData closedWithKostraHealth(Api analyst) {
    ResultsData survey = create(analyst);
    assertEquals(200, analyst.post("/api/cycles/" + survey.before() + "/close").status());
    assertEquals(200, analyst.post("/api/cycles/" + survey.after() + "/close").status());
    assertEquals(
        200,
        analyst
            .postFile(
                "api/statistics/imports",
                "12191.json",
                PlansIT.fixture("ssb/ssb-12191-kostra-kommunehelse-jsonstat2.json"),
                Map.of())
            .status());
    return survey;
  }

  /** A cycle whose answers are the 2022 ones plus {@code shift} on every answer. */
  static long cycle(Api analyst, String survey, String label, int shift) {
    var cycle =
        analyst.postJson(
            "/api/surveys/" + survey + "/cycles",
            "{\"label\":\"" + label + "\",\"populationSize\":100,\"strata\":" + STRATA + "}");
    assertEquals(201, cycle.status(), cycle.body());
    long id = cycle.json().getJsonNumber("id").longValue();
    StringBuilder csv = new StringBuilder("sat_business_land,overall_climate,industry,size\n");
    rows(csv, C_2022, shift, "C", "5-19");
    rows(csv, F_2022, shift, "F", "0-4");
    rows(csv, M_2022, shift, "M", "0-4");
    rows(csv, G_2022, shift, "G", "0-4");
    var imported = analyst.postCsv("/api/cycles/" + id + "/answers", csv.toString());
    assertEquals(200, imported.status(), imported.body());
    return id;
  }

  private static void rows(
      StringBuilder csv, double[] values, int shift, String nace, String size) {
    for (double v : values) {
      int answer = (int) v + shift;
      csv.append(answer).append(',').append(answer).append(',');
      csv.append(nace).append(',').append(size).append('\n');
    }
  }
}
