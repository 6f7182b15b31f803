package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A plan file imported through the REST API and scored from a real SSB table stored beside it, on
 * both databases. SSB 12191 (read by hand): the full-time physiotherapist agreements
 * (KOSavtalehjemler0001) in 2020 are 45 in Drammen (3005, today 3301), 20 in Moss (3002), 6 in
 * Ringerike (3007) and 13 in Indre Østfold (3014); 2018 and 2019 are '.' (not published).
 */
@ExtendWith(ArquillianExtension.class)
class PlansIT {

  static final String PLAN =
      """
      format: barometer-plan/1
      id: it-drammen-health
      municipality: {code: "3301", name: Drammen, country: NO}
      title: Helse og næring (test)
      period: 2019-2030
      goals:
        - id: physiotherapy
          title: Flere avtalehjemler
          indicators:
            - id: agreements
              name: Avtalehjemler for fysioterapeuter
              source: {type: series, office: SSB, table: "12191", measure: KOSavtalehjemler0001, region: "3301"}
              target: {rule: threshold, value: 40}
              publishes: kostra
            - id: agreements-versus-neighbours
              name: Avtalehjemler mot nabokommunene
              source: {type: series, office: SSB, table: "12191", measure: KOSavtalehjemler0001, region: "3301"}
              target:
                rule: outperform
                basis: level
                against: {type: group_mean, group: NEIGHBOURS, name: the neighbours, members: ["3002", "3007", "3014"]}
              publishes: kostra
      """;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  @BeforeEach
  void kostraTableAndPlan() {
    Api analyst = Api.analyst(base);
    Api.Reply table =
        analyst.postFile(
            "api/statistics/imports",
            "12191.json",
            fixture("ssb/ssb-12191-kostra-kommunehelse-jsonstat2.json"),
            Map.of());
    assertEquals(200, table.status(), table.body());
    Api.Reply plan = analyst.postYaml("api/plans?fileName=it.yaml", PLAN);
    // 201 for the first test; later ones import the same file again, which stores nothing (200)
    assertTrue(plan.status() == 201 || plan.status() == 200, plan.body());
    assertEquals(1, plan.json().getInt("version"));
    assertEquals(2, plan.json().getInt("indicators"));
  }

  @Test
  void theScorecardScoresEachIndicatorFromTheStoredSeries() {
    // 2020's KOSTRA figures are out (unrevised) on 15 March 2021
    JsonObject card =
        Api.viewer(base).get("api/plans/it-drammen-health/scorecard?asOf=2021-07-01").json();

    JsonObject goal = card.getJsonArray("goals").getJsonObject(0);
    JsonObject threshold = indicator(goal, "agreements");
    assertEquals("STATISTICS", threshold.getString("kind"));
    assertEquals("2020", threshold.getString("period"));
    assertEquals(45.0, threshold.getJsonNumber("value").doubleValue(), 1e-9);
    assertEquals("ACHIEVED", threshold.getString("status"), threshold.toString()); // 45 ≥ 40
    JsonObject outperform = indicator(goal, "agreements-versus-neighbours");
    // the neighbours' mean is (20 + 6 + 13) / 3 = 13; Drammen's 45 is above it
    assertEquals("ACHIEVED", outperform.getString("status"), outperform.toString());
    assertTrue(outperform.getString("why").contains("13"), outperform.getString("why"));
    assertEquals("ACHIEVED", goal.getString("status"));
  }

  @Test
  void theScorecardSpeaksTheLanguageAskedFor() {
    JsonObject card =
        Api.viewer(base)
            .get("api/plans/it-drammen-health/scorecard?asOf=2021-07-01&lang=sv")
            .json();
    JsonObject threshold = indicator(card.getJsonArray("goals").getJsonObject(0), "agreements");
    assertEquals("minst 40", threshold.getString("targetText"));
    assertEquals("45 år 2020 når målet om minst 40.", threshold.getString("why"));
  }

  @Test
  void beforeTheFirstPublicationTheFigureIsAwaitedNotMissing() {
    // the plan starts in 2019, whose KOSTRA figures are out on 15 March 2020: on 10 January 2020
    // none of the figures the plan needs is due yet
    JsonObject card =
        Api.viewer(base).get("api/plans/it-drammen-health/scorecard?asOf=2020-01-10").json();

    JsonObject threshold = indicator(card.getJsonArray("goals").getJsonObject(0), "agreements");
    assertEquals("AWAITING_PUBLICATION", threshold.getString("status"), threshold.toString());
  }

  @Test
  void theFileComesBackAsWrittenAndABadFileIsRefusedWithItsPlace() {
    Api analyst = Api.analyst(base);
    assertEquals(PLAN, analyst.get("api/plans/it-drammen-health/file").body());

    Api.Reply refused =
        analyst.postYaml(
            "api/plans?fileName=bad.yaml",
            PLAN.replace("rule: threshold", "rule: treshold").replace("it-drammen", "it-bad"));

    assertEquals(422, refused.status(), refused.body());
    assertEquals("goals[0].indicators[0].target.rule", refused.json().getString("field"));
    assertTrue(refused.json().getString("message").startsWith("bad.yaml, line 13"));
    assertEquals(404, analyst.get("api/plans/it-bad/file").status());
  }

  @Test
  void anEnteredRankScoresARankTargetFromItsPublicationDay() {
    Api analyst = Api.analyst(base);
    String plan =
        """
        id: it-ranking
        municipality: {code: "3105", name: Sarpsborg, country: NO}
        title: Rangering (test)
        period: 2023-2026
        goals:
          - id: top-five
            title: Blant de fem beste
            indicators:
              - id: nm-rank
                name: Kommune-NM
                direction: lower_is_better
                source: {type: ranking, publisher: NHO, ranking: Kommune-NM, within: KOSTRA group 11}
                target: {rule: rank, top: 5}
        """;
    assertEquals(201, analyst.postYaml("api/plans?fileName=ranking.yaml", plan).status());
    Api.Reply entered =
        analyst.putJson(
            "api/rankings",
            "{\"publisher\":\"NHO\",\"ranking\":\"Kommune-NM\",\"within\":\"KOSTRA group 11\","
                + "\"municipality\":\"3105\",\"period\":\"2024\",\"rank\":3,"
                + "\"source\":\"NHO Kommune-NM 2024\",\"published\":\"2024-06-20\"}");
    assertEquals(200, entered.status(), entered.body());

    JsonObject now =
        indicator(
            Api.viewer(base)
                .get("api/plans/it-ranking/scorecard")
                .json()
                .getJsonArray("goals")
                .getJsonObject(0),
            "nm-rank");
    JsonObject before =
        indicator(
            Api.viewer(base)
                .get("api/plans/it-ranking/scorecard?asOf=2024-06-19")
                .json()
                .getJsonArray("goals")
                .getJsonObject(0),
            "nm-rank");

    assertEquals("ACHIEVED", now.getString("status"), now.toString()); // 3rd is within the top 5
    assertEquals(3.0, now.getJsonNumber("value").doubleValue(), 1e-9);
    assertEquals("NHO Kommune-NM 2024", now.getString("reference"));
    assertEquals("2024-06-20", now.getString("published"));
    assertTrue(!before.containsKey("value"), "the day before it was published: " + before);
    Api.Reply refused =
        analyst.putJson(
            "api/rankings",
            "{\"publisher\":\"NHO\",\"ranking\":\"Kommune-NM\",\"municipality\":\"3105\","
                + "\"period\":\"2024\",\"rank\":0,\"source\":\"x\","
                + "\"published\":\"2024-06-20\"}");
    assertEquals(400, refused.status(), refused.body());
    assertEquals("rank", refused.json().getString("field"));
    // KOSTRA group 11 has 10 members: rank 14 within it does not fit and is refused
    Api.Reply outside =
        analyst.putJson(
            "api/rankings",
            "{\"publisher\":\"NHO\",\"ranking\":\"Kommune-NM\",\"within\":\"KOSTRA group 11\","
                + "\"municipality\":\"3105\",\"period\":\"2023\",\"rank\":14,\"fieldSize\":10,"
                + "\"source\":\"NHO Kommune-NM 2023\",\"published\":\"2023-06-20\"}");
    assertEquals(422, outside.status(), outside.body()); // well-formed, but not a possible rank
    assertEquals("rank", outside.json().getString("field"));
    assertTrue(outside.json().getString("message").contains("field of 10"), outside.body());
  }

  @Test
  void aPlanNamingWhatDoesNotExistIsReportedAsAnErrorInThePlanNotAsNotMeasured() {
    // a survey code no survey has (a template's name is not a survey), a table Barometer does not
    // hold, and a measure the held table 12191 does not have
    String plan =
        """
        id: it-errors
        municipality: {code: "3301", name: Drammen, country: NO}
        title: Feil i planen (test)
        period: 2023-2026
        goals:
          - id: wrong
            title: Peker på noe som ikke finnes
            indicators:
              - id: no-survey
                name: Ingen slik undersøkelse
                source: {type: survey, survey: no-such-survey, index: overall}
                target: {rule: improve_every_period}
              - id: no-table
                name: Ingen slik tabell
                source: {type: series, office: SSB, table: "99999", measure: x, region: "3301"}
                target: {rule: threshold, value: 1}
              - id: no-measure
                name: Intet slikt mål
                source: {type: series, office: SSB, table: "12191", measure: NoSuchMeasure, region: "3301"}
                target: {rule: threshold, value: 1}
              - id: right
                name: Avtalehjemler
                source: {type: series, office: SSB, table: "12191", measure: KOSavtalehjemler0001, region: "3301"}
                target: {rule: threshold, value: 40}
                publishes: kostra
        """;
    assertEquals(201, Api.analyst(base).postYaml("api/plans?fileName=errors.yaml", plan).status());

    JsonObject card = Api.viewer(base).get("api/plans/it-errors/scorecard?asOf=2021-07-01").json();
    JsonObject goal = card.getJsonArray("goals").getJsonObject(0);
    JsonObject survey = indicator(goal, "no-survey");
    assertEquals("PLAN_ERROR", survey.getString("status"), survey.toString());
    assertTrue(survey.getString("why").contains("no-such-survey"), survey.getString("why"));
    JsonObject table = indicator(goal, "no-table");
    assertEquals("PLAN_ERROR", table.getString("status"), table.toString());
    assertEquals(
        "Error in the plan: SSB table 99999 is not among the statistics Barometer holds.",
        table.getString("why"));
    JsonObject measure = indicator(goal, "no-measure");
    assertEquals("PLAN_ERROR", measure.getString("status"), measure.toString());
    assertEquals(
        "Error in the plan: SSB table 12191 has no measure NoSuchMeasure.",
        measure.getString("why"));
    // the indicator that names what exists is scored (45 in 2020 ≥ 40) and decides the goal
    assertEquals("ACHIEVED", indicator(goal, "right").getString("status"));
    assertEquals("ACHIEVED", goal.getString("status"));
    assertEquals(3, card.getJsonArray("errors").size(), card.toString());
    assertEquals("no-survey", card.getJsonArray("errors").getJsonObject(0).getString("indicator"));
    // the chart of an indicator in error is empty, not a server error
    assertEquals(
        200, Api.viewer(base).get("api/plans/it-errors/indicators/no-table/chart.png").status());
  }

  @Test
  void aPlanIsCarriedIntoTheNextPeriod() {
    Api analyst = Api.analyst(base);
    String next = "{\"id\":\"it-drammen-health-next\",\"title\":\"Helse 2031–2042\"}";

    Api.Reply copied = analyst.postJson("api/plans/it-drammen-health/copy", next);

    assertEquals(201, copied.status(), copied.body());
    assertEquals(2, copied.json().getInt("indicators"));
    // 2019-2030 is twelve years; the next twelve are 2031-2042
    JsonObject card = Api.viewer(base).get("api/plans/it-drammen-health-next/scorecard").json();
    assertEquals("2031-2042", card.getString("period"));
    assertEquals("Helse 2031–2042", card.getString("title"));
    assertEquals(409, analyst.postJson("api/plans/it-drammen-health/copy", next).status());
    Api.Reply badId =
        analyst.postJson(
            "api/plans/it-drammen-health/copy", "{\"id\":\"Not an id!\",\"title\":\"x\"}");
    assertEquals(422, badId.status(), badId.body());
    assertEquals(403, Api.viewer(base).postJson("api/plans/it-drammen-health/copy", next).status());
    assertEquals(
        404, analyst.postJson("api/plans/no-such-plan/copy", next.replace("next", "x")).status());
    assertEquals(204, analyst.delete("api/plans/it-drammen-health-next").status());
  }

  @Test
  void onlyAnalystsImportPlans() {
    assertEquals(403, Api.viewer(base).postYaml("api/plans", PLAN).status());
    assertEquals(401, Api.anonymous(base).get("api/plans").status());
  }

  private static JsonObject indicator(JsonObject goal, String id) {
    for (JsonValue v : goal.getJsonArray("indicators")) {
      if (v.asJsonObject().getString("id").equals(id)) {
        return v.asJsonObject();
      }
    }
    throw new AssertionError("no indicator " + id + " in " + goal);
  }

  static byte[] fixture(String path) {
    try (InputStream in = PlansIT.class.getResourceAsStream("/official-stats/" + path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
