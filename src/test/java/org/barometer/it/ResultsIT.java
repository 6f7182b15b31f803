package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.DoubleStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Results, comparison and trend through the REST API on the real database (H2, or PostgreSQL in
 * CI's second run): two cycles of answers imported as CSV, with every expected figure computed in
 * this test from the answers it imports.
 */
@ExtendWith(ArquillianExtension.class)
class ResultsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;
  private ResultsData data;
  private String survey;
  private long before;
  private long after;

  @BeforeEach
  void twoCyclesOfAnswers() {
    data = ResultsData.create(Api.analyst(base));
    survey = data.survey();
    before = data.before();
    after = data.after();
  }

  private static double[] all(double shift) {
    return DoubleStream.of(
            concat(ResultsData.C_2022, ResultsData.F_2022, ResultsData.M_2022, ResultsData.G_2022))
        .map(v -> v + shift)
        .toArray();
  }

  private static double[] concat(double[]... parts) {
    List<Double> all = new ArrayList<>();
    for (double[] part : parts) {
      for (double v : part) {
        all.add(v);
      }
    }
    return all.stream().mapToDouble(Double::doubleValue).toArray();
  }

  private static double mean(double[] x) {
    return DoubleStream.of(x).average().orElseThrow();
  }

  private static double variance(double[] x) {
    double m = mean(x);
    return DoubleStream.of(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1);
  }

  /** v = Σ W_h² (1 − n_h/N_h) s_h²/n_h of either cycle (the shift leaves the spread alone). */
  private static double stratifiedVariance() {
    return 0.16 * (1 - 8 / 40.0) * variance(ResultsData.C_2022) / 8
        + 0.09 * (1 - 8 / 30.0) * variance(ResultsData.F_2022) / 8
        + 0.04 * (1 - 9 / 20.0) * variance(ResultsData.M_2022) / 9
        + 0.01 * (1 - 2 / 10.0) * variance(ResultsData.G_2022) / 2;
  }

  private JsonObject item(JsonObject results, String code) {
    return results.getJsonArray("items").stream()
        .map(JsonObject.class::cast)
        .filter(i -> i.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aCyclesResultsWithStratifiedEstimateAndSuppressedGroups() {
    var reply = Api.viewer(base).get("/api/cycles/" + before + "/results");
    assertEquals(200, reply.status(), reply.body());
    JsonObject land = item(reply.json(), "sat_business_land");
    JsonObject overall = land.getJsonObject("overall");
    double[] answers = all(0);
    assertEquals(27, overall.getInt("n"));
    JsonObject summary = overall.getJsonObject("summary");
    assertEquals(100.0 / 27, summary.getJsonNumber("mean").doubleValue(), 1e-9);
    // se with the finite-population correction √(1 − n/N), N = 100, as R's svymean
    double se = Math.sqrt(variance(answers) / 27) * Math.sqrt(1 - 27 / 100.0);
    assertEquals(se, summary.getJsonNumber("standardError").doubleValue(), 1e-9);

    // ȳ_st = Σ W_h ȳ_h = 0.4·4 + 0.3·2.5 + 0.2·5 + 0.1·1.5 = 3.5
    double v = stratifiedVariance();
    JsonObject stratified = land.getJsonObject("stratified");
    assertEquals(3.5, stratified.getJsonNumber("mean").doubleValue(), 1e-9);
    assertEquals(Math.sqrt(v), stratified.getJsonNumber("standardError").doubleValue(), 1e-9);

    JsonObject byIndustry =
        land.getJsonArray("breakdowns").stream()
            .map(JsonObject.class::cast)
            .filter(b -> b.getString("question").equals("industry"))
            .findFirst()
            .orElseThrow();
    for (var g : byIndustry.getJsonArray("groups")) {
      JsonObject group = (JsonObject) g;
      String code = group.getString("group");
      String visibility = group.getString("visibility");
      switch (code) {
        case "G" -> assertEquals("SUPPRESSED_SMALL", visibility);
        case "C" -> assertEquals("SUPPRESSED_TO_PROTECT", visibility, "C (8) protects G (2)");
        case "F", "M" -> assertEquals("SHOWN", visibility);
        default -> assertFalse(visibility.equals("SHOWN"), code + " has no answers");
      }
      if (!visibility.equals("SHOWN")) {
        assertTrue(!group.containsKey("n") || group.isNull("n"), "no size of a hidden group");
        assertTrue(!group.containsKey("summary") || group.isNull("summary"));
      }
    }
  }

  @Test
  void twoCyclesComparedWithWelchAndTheStratifiedZTest() {
    var reply = Api.viewer(base).get("/api/cycles/" + before + "/comparison/" + after);
    assertEquals(200, reply.status(), reply.body());
    JsonObject land =
        reply.json().getJsonArray("items").stream()
            .map(JsonObject.class::cast)
            .filter(i -> i.getString("code").equals("sat_business_land"))
            .findFirst()
            .orElseThrow();
    JsonObject simple = land.getJsonObject("simple");
    // every answer rose by exactly 1; the spread is unchanged
    assertEquals(1.0, simple.getJsonNumber("difference").doubleValue(), 1e-9);
    // Welch on the variances of the intervals: (1 − n/N) s²/n in each cycle, N = 100
    double s2 = variance(all(0));
    double welchSe = Math.sqrt(2 * (1 - 27 / 100.0) * s2 / 27);
    assertEquals(welchSe, simple.getJsonNumber("standardError").doubleValue(), 1e-9);
    // Welch–Satterthwaite with equal variances and sizes: df = 2(n − 1) = 52
    assertEquals(52, simple.getJsonNumber("degreesOfFreedom").doubleValue(), 1e-9);
    assertEquals(1.0 / welchSe, simple.getJsonNumber("statistic").doubleValue(), 1e-9);
    assertEquals("SIGNIFICANTLY_BETTER", simple.getString("verdict"));
    JsonObject stratified = land.getJsonObject("stratified");
    assertEquals(1.0, stratified.getJsonNumber("difference").doubleValue(), 1e-9);
    assertEquals("SIGNIFICANTLY_BETTER", stratified.getString("verdict"));

    // Holm over every tested item: the smallest p of m tests is multiplied by m
    List<Double> shownP = new ArrayList<>();
    double smallest = 1;
    double smallestHolm = -1;
    for (var i : reply.json().getJsonArray("items")) {
      JsonObject item = (JsonObject) i;
      JsonObject test =
          item.containsKey("stratified")
                  && !item.isNull("stratified")
                  && item.getJsonObject("stratified").containsKey("pValue")
              ? item.getJsonObject("stratified")
              : item.getJsonObject("simple");
      if (test.containsKey("pValue") && !test.isNull("pValue")) {
        double p = test.getJsonNumber("pValue").doubleValue();
        double holm = item.getJsonNumber("holmPValue").doubleValue();
        assertTrue(holm >= p, item.getString("code"));
        shownP.add(p);
        if (p < smallest) {
          smallest = p;
          smallestHolm = holm;
        }
      }
    }
    assertFalse(shownP.isEmpty());
    assertEquals(Math.min(1, shownP.size() * smallest), smallestHolm, 1e-12);
  }

  @Test
  void theTrendOfClosedCyclesHasAWeightedSlope() {
    var open = Api.viewer(base).get("/api/surveys/" + survey + "/trend/sat_business_land");
    assertEquals(200, open.status(), open.body());
    JsonObject none = open.json().getJsonObject("slope");
    assertEquals(0, none.getInt("cycles"), "cycles not closed are left out: " + none);
    assertTrue(none.getString("noTrendReason").contains("two cycles"), none.toString());

    assertEquals(200, Api.analyst(base).post("/api/cycles/" + before + "/close").status());
    assertEquals(200, Api.analyst(base).post("/api/cycles/" + after + "/close").status());
    var reply = Api.viewer(base).get("/api/surveys/" + survey + "/trend/sat_business_land");
    assertEquals(200, reply.status(), reply.body());
    JsonObject slope = reply.json().getJsonObject("slope");
    // two cycles, 2022 and 2025: 3.5 → 4.5, each with the stratified se √v:
    // slope 1/3 per year, se √(2v)/3, z = 1/√(2v)
    double v = stratifiedVariance();
    assertEquals(2, slope.getInt("cycles"));
    assertEquals(1.0 / 3, slope.getJsonNumber("slope").doubleValue(), 1e-9);
    assertEquals(Math.sqrt(2 * v) / 3, slope.getJsonNumber("standardError").doubleValue(), 1e-9);
    assertEquals(1 / Math.sqrt(2 * v), slope.getJsonNumber("statistic").doubleValue(), 1e-9);
    assertEquals("SIGNIFICANTLY_BETTER", slope.getString("verdict"));
  }

  private static JsonObject point(JsonObject trend, int i) {
    return trend.getJsonArray("points").getJsonObject(i);
  }

  @Test
  void eachCycleOfATrendIsTestedAgainstThePreviousOneAndOpenOnesAreProvisional() {
    var draft = Api.viewer(base).get("/api/surveys/" + survey + "/trend/sat_business_land");
    assertEquals(200, draft.status(), draft.body());
    assertTrue(point(draft.json(), 0).getBoolean("provisional"), "not closed yet");
    assertTrue(point(draft.json(), 1).getBoolean("provisional"));

    assertEquals(200, Api.analyst(base).post("/api/cycles/" + before + "/close").status());
    assertEquals(200, Api.analyst(base).post("/api/cycles/" + after + "/close").status());
    // a third cycle, not closed: the 2022 answers again
    long later = ResultsData.cycle(Api.analyst(base), survey, "2026", 0);
    JsonObject trend =
        Api.viewer(base).get("/api/surveys/" + survey + "/trend/sat_business_land").json();
    assertFalse(point(trend, 0).getBoolean("provisional"));
    assertFalse(point(trend, 1).getBoolean("provisional"));
    assertTrue(point(trend, 2).getBoolean("provisional"), "cycle " + later + " is a draft");
    assertEquals(2026, point(trend, 2).getJsonNumber("year").doubleValue(), 0);
    assertTrue(!point(trend, 0).containsKey("change") || point(trend, 0).isNull("change"));
    // the provisional cycle never counts towards the slope
    assertEquals(2, trend.getJsonObject("slope").getInt("cycles"));

    // 2025 against 2022: both stratified, so the z-test: d = 1, se √(2v), z = 1/√(2v)
    double v = stratifiedVariance();
    JsonObject rise = point(trend, 1).getJsonObject("change");
    assertEquals("2022", rise.getString("since"));
    assertTrue(rise.getBoolean("stratified"));
    JsonObject test = rise.getJsonObject("test");
    assertEquals(1.0, test.getJsonNumber("difference").doubleValue(), 1e-9);
    assertEquals(Math.sqrt(2 * v), test.getJsonNumber("standardError").doubleValue(), 1e-9);
    assertEquals(1 / Math.sqrt(2 * v), test.getJsonNumber("statistic").doubleValue(), 1e-9);
    assertEquals("SIGNIFICANTLY_BETTER", test.getString("verdict"));
    // the same p-value as the comparison of the two cycles
    JsonObject compared =
        item(
                Api.viewer(base).get("/api/cycles/" + before + "/comparison/" + after).json(),
                "sat_business_land")
            .getJsonObject("stratified");
    double p = compared.getJsonNumber("pValue").doubleValue();
    assertEquals(p, test.getJsonNumber("pValue").doubleValue(), 1e-15);

    // 2026 (a draft, with the same strata) against 2025: z-test again;
    // every answer one lower, so d = −1 and the same se
    JsonObject fall = point(trend, 2).getJsonObject("change");
    assertEquals("2025", fall.getString("since"));
    JsonObject fallTest = fall.getJsonObject("test");
    assertEquals(-1.0, fallTest.getJsonNumber("difference").doubleValue(), 1e-9);
    assertEquals("SIGNIFICANTLY_WORSE", fallTest.getString("verdict"));
    double p2 = fallTest.getJsonNumber("pValue").doubleValue();
    // Holm over the series' two changes: the smaller p doubled, the larger max(itself, that)
    double small = Math.min(p, p2);
    double large = Math.max(p, p2);
    double holmRise = rise.getJsonNumber("holmPValue").doubleValue();
    double holmFall = fall.getJsonNumber("holmPValue").doubleValue();
    assertEquals(
        p <= p2 ? Math.min(1, 2 * small) : Math.max(Math.min(1, 2 * small), large),
        holmRise,
        1e-12);
    assertEquals(
        p2 < p ? Math.min(1, 2 * small) : Math.max(Math.min(1, 2 * small), large), holmFall, 1e-12);
  }

  @Test
  void theTrendByIndustryHidesEachCyclesSmallGroupsAsItsBreakdown() {
    var reply =
        Api.viewer(base).get("/api/surveys/" + survey + "/trend/sat_business_land/by/industry");
    assertEquals(200, reply.status(), reply.body());
    JsonObject byIndustry = reply.json();
    assertEquals("INDUSTRY", byIndustry.getString("by"));
    assertEquals("industry", byIndustry.getString("question"));
    JsonObject f = null;
    JsonObject m = null;
    for (var g : byIndustry.getJsonArray("groups")) {
      JsonObject group = (JsonObject) g;
      String code = group.getString("group");
      var points = group.getJsonArray("points");
      assertEquals(2, points.size(), code + ": both cycles have the breakdown");
      for (var pt : points) {
        JsonObject point = (JsonObject) pt;
        String visibility = point.getString("visibility");
        switch (code) {
          case "G" -> assertEquals("SUPPRESSED_SMALL", visibility, "G has 2 answers");
          case "C" -> assertEquals("SUPPRESSED_TO_PROTECT", visibility, "C protects G");
          case "F", "M" -> assertEquals("SHOWN", visibility);
          default -> assertFalse(visibility.equals("SHOWN"), code + " has no answers");
        }
        if (!visibility.equals("SHOWN")) {
          assertTrue(!point.containsKey("n") || point.isNull("n"), "no size of a hidden group");
          assertTrue(!point.containsKey("estimate") || point.isNull("estimate"));
          assertTrue(!point.containsKey("change") || point.isNull("change"));
        }
      }
      if (code.equals("F")) {
        f = group;
      } else if (code.equals("M")) {
        m = group;
      }
    }
    // F: 2.5 → 3.5, simple means (a group's population is unknown: no correction);
    // s² = 8·0.25/7 = 2/7 in both, v = s²/8 = 1/28 each, se = √(1/14), df = 2·7 = 14
    JsonObject fChange = f.getJsonArray("points").getJsonObject(1).getJsonObject("change");
    JsonObject fTest = fChange.getJsonObject("test");
    assertFalse(fChange.getBoolean("stratified"));
    assertEquals(
        2.5,
        f.getJsonArray("points").getJsonObject(0).getJsonNumber("estimate").doubleValue(),
        1e-12);
    assertEquals(1.0, fTest.getJsonNumber("difference").doubleValue(), 1e-12);
    assertEquals(Math.sqrt(1.0 / 14), fTest.getJsonNumber("standardError").doubleValue(), 1e-12);
    assertEquals(14, fTest.getJsonNumber("degreesOfFreedom").doubleValue(), 1e-9);
    assertEquals(Math.sqrt(14), fTest.getJsonNumber("statistic").doubleValue(), 1e-9);
    assertEquals(
        fTest.getJsonNumber("pValue").doubleValue(),
        fChange.getJsonNumber("holmPValue").doubleValue(),
        1e-15);
    // M answered 5 (then 6) all alike: no spread, nothing to test, but the difference
    JsonObject mTest =
        m.getJsonArray("points").getJsonObject(1).getJsonObject("change").getJsonObject("test");
    assertEquals(1.0, mTest.getJsonNumber("difference").doubleValue(), 1e-12);
    assertTrue(!mTest.containsKey("pValue") || mTest.isNull("pValue"), mTest.toString());
    assertEquals(0, f.getJsonObject("slope").getInt("cycles"), "no closed cycle yet");

    var chart =
        Api.viewer(base)
            .get("/api/surveys/" + survey + "/trend/sat_business_land/by/industry/F/chart.png");
    assertEquals(200, chart.status());
    assertEquals("image/png", chart.contentType());
    assertEquals(
        404,
        Api.viewer(base)
            .get("/api/surveys/" + survey + "/trend/sat_business_land/by/industry/G/chart.png")
            .status(),
        "a group hidden in every cycle has no chart");
    assertEquals(
        422, // an unknown kind is invalid input, as everywhere in the API
        Api.viewer(base)
            .get("/api/surveys/" + survey + "/trend/sat_business_land/by/colour")
            .status());
  }

  @Test
  void theTrendOfAQuestionOverTheCycles() {
    var reply = Api.viewer(base).get("/api/surveys/" + survey + "/trend/sat_business_land");
    assertEquals(200, reply.status(), reply.body());
    var points = reply.json().getJsonArray("points");
    assertEquals(2, points.size());
    assertEquals("2022", points.getJsonObject(0).getString("cycle"));
    // stratified estimates: 3.5 and 4.5 (every stratum mean one higher)
    assertEquals(3.5, points.getJsonObject(0).getJsonNumber("estimate").doubleValue(), 1e-9);
    assertEquals(4.5, points.getJsonObject(1).getJsonNumber("estimate").doubleValue(), 1e-9);
    assertTrue(points.getJsonObject(1).getBoolean("stratified"));
  }

  @Test
  void exportsHoldFiguresAndMarkSuppressedGroupsWithoutThem() {
    var csv = Api.viewer(base).get("/api/cycles/" + before + "/results/csv?lang=nb");
    assertEquals(200, csv.status(), csv.body());
    String g =
        csv.body()
            .lines()
            .filter(l -> l.startsWith("sat_business_land,") && l.contains(",industry,G,"))
            .findFirst()
            .orElseThrow();
    assertTrue(g.endsWith("SUPPRESSED_SMALL,,,,,,,,,,,,,,"), g);
    assertTrue(
        csv.body().lines().anyMatch(l -> l.contains(",stratified,all,SHOWN,27,,3.5,")), csv.body());
    var xlsx = Api.viewer(base).get("/api/cycles/" + before + "/results/xlsx");
    assertEquals(200, xlsx.status());
    assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats"), xlsx.contentType());
    assertTrue(xlsx.body().startsWith("PK"), "a zip file, as every .xlsx is");
  }

  @Test
  void chartsAndWhoMaySeeResults() {
    var chart =
        Api.viewer(base).get("/api/cycles/" + before + "/results/charts/sat_business_land.png");
    assertEquals(200, chart.status(), chart.body());
    assertEquals("image/png", chart.contentType());
    var trend =
        Api.viewer(base).get("/api/surveys/" + survey + "/trend/sat_business_land/chart.png");
    assertEquals(200, trend.status());
    assertEquals(
        404,
        Api.viewer(base).get("/api/cycles/" + before + "/results/priority/overall.png").status());
    assertEquals(401, Api.anonymous(base).get("/api/cycles/" + before + "/results").status());
  }

  @Test
  void aClosedCyclesKeptCountsGiveTheSameResults() throws InterruptedException {
    Api viewer = Api.viewer(base);
    String open = viewer.get("/api/cycles/" + before + "/results").body();
    assertEquals(200, Api.analyst(base).post("/api/cycles/" + before + "/close").status());
    // counted in the background after closing, then kept; the figures must not change
    String closed = viewer.get("/api/cycles/" + before + "/results").body();
    assertEquals(open.replace("\"OPEN\"", "\"CLOSED\"").replace("\"DRAFT\"", "\"CLOSED\""), closed);
  }
}
