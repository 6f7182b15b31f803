package org.barometer.goals.application.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.Target;
import org.junit.jupiter.api.Test;

/** A bad plan file is refused with the place and the problem. */
class PlanFileReaderTest {

  private static final String HEAD =
      """
      id: test-plan
      municipality: {code: "3907", name: Sandefjord, country: NO}
      title: Test
      period: 2023-2026
      goals:
        - id: g1
          title: Goal
          indicators:
            - id: i1
              name: Jobs
              source: {type: series, office: SSB, measure: jobs, region: "3907"}
      """;

  private final PlanFileReader reader = new PlanFileReader();

  private PlanFileException refused(String yaml) {
    return assertThrows(PlanFileException.class, () -> reader.read("plan.yaml", yaml));
  }

  @Test
  void aGoodPlanReads() throws Exception {
    Plan p =
        reader.read(
            "plan.yaml",
            HEAD
                + "        baseline: {period: 2021, value: 100}\n"
                + "        target: {rule: growth_per_year, percent: 2}\n"
                + "        publishes: kostra\n");
    assertEquals(new Target.GrowthPerYear(2), p.indicator("i1").orElseThrow().target());
  }

  @Test
  void aMisspelledRuleNamesTheLineThePathAndTheChoices() {
    PlanFileException e = refused(HEAD + "        target: {rule: treshold, value: 90}\n");
    assertEquals(12, e.line());
    assertEquals("goals[0].indicators[0].target.rule", e.path());
    assertTrue(e.problem().startsWith("must be one of threshold, growth_per_year"), e.problem());
  }

  @Test
  void anUnknownKeySuggestsTheRightOne() {
    PlanFileException e =
        refused(
            HEAD
                + "        target: {rule: threshold, value: 90}\n        baselin: {period: 2021}\n");
    assertEquals(13, e.line());
    assertTrue(e.problem().contains("did you mean 'baseline'"), e.problem());
  }

  @Test
  void aGrowthTargetWithoutABaselineIsRefusedAtTheIndicator() {
    PlanFileException e = refused(HEAD + "        target: {rule: growth_per_year, percent: 2}\n");
    assertEquals("goals[0].indicators[0]", e.path());
    assertTrue(e.problem().contains("baseline"), e.problem());
  }

  @Test
  void aBadPeriodAndADuplicateIdAreRefused() {
    assertTrue(
        refused(
                HEAD.replace("2023-2026", "2026-2023")
                    + "        target: {rule: improve_every_period}\n")
            .problem()
            .contains("must not end before it starts"));
    PlanFileException dup =
        refused(
            HEAD
                + "        target: {rule: improve_every_period}\n"
                + "      - id: i1\n"
                + "        name: Again\n"
                + "        source: {type: series, office: SSB, measure: jobs, region: \"3907\"}\n"
                + "        target: {rule: improve_every_period}\n");
    assertTrue(dup.problem().startsWith("duplicate id 'i1' (first used at line 9)"), dup.problem());
  }

  @Test
  void aBadBaselinePeriodAndAYamlSyntaxErrorAreRefused() {
    PlanFileException e =
        refused(
            HEAD
                + "        baseline: {period: 2021X}\n        target: {rule: improve_every_period}\n");
    assertEquals("goals[0].indicators[0].baseline.period", e.path());
    PlanFileException syntax = refused("id: [unclosed\n");
    assertTrue(syntax.problem().startsWith("YAML syntax error"), syntax.problem());
  }

  @Test
  void jsonIsReadTooWithLineNumbers() {
    String json =
        """
        {
          "id": "x",
          "municipality": {"code": "3907", "name": "Sandefjord", "country": "XX"},
          "title": "T", "period": "2023-2026", "goals": []
        }
        """;
    PlanFileException e = assertThrows(PlanFileException.class, () -> reader.read("p.json", json));
    assertEquals(3, e.line());
    assertEquals("municipality.country", e.path());
  }

  @Test
  void decimalsSurviveARoundTripAndLongOnesAreRoundedToTen() throws Exception {
    Plan p =
        reader.read(
            "plan.yaml",
            HEAD
                + "        baseline: {period: 2021, value: 0.0001}\n"
                + "        target: {rule: growth_per_year, percent: 1.25}\n");
    PlanFileWriter writer = new PlanFileWriter();
    assertEquals(p, reader.read("p.yaml", writer.yaml(p)));
    assertEquals(p, reader.read("p.json", writer.json(p)));
    // 1/3 = 0.33333333333333… is written with ten decimals
    assertEquals("0.3333333333", PlanFileWriter.number(1.0 / 3).toString());
  }
}
