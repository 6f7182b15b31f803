package org.barometer.goals.application.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.barometer.goals.application.planfile.PlanFileReader;
import org.barometer.goals.application.planfile.PlanFileWriter;
import org.barometer.goals.domain.Baseline;
import org.barometer.goals.domain.Direction;
import org.barometer.goals.domain.Indicator;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.Schedule;
import org.barometer.goals.domain.Target;
import org.barometer.shared.Period;
import org.junit.jupiter.api.Test;

/** A plan made in the editor from nothing, and the fields the editor refuses, each by name. */
class DraftBuilderTest {

  /**
   * A new plan as an analyst fills it in: one goal, a sub-goal, a survey and a series indicator.
   */
  static PlanDraft drammen() {
    PlanDraft d = new PlanDraft();
    d.setId("drammen-editor");
    d.setTitle("Næringsplan for Drammen");
    d.setPeriod("2024-2027");
    d.setMunicipalityCode("3301");
    d.setMunicipalityName("Drammen");
    d.setCountry("NO");
    GoalDraft goal = new GoalDraft();
    goal.setId("business-friendly");
    goal.setTitle("Drammen er en næringsvennlig kommune");
    IndicatorDraft survey = new IndicatorDraft();
    survey.setId("land-satisfaction");
    survey.setName("Tilfredshet med næringsarealer");
    survey.getSource().setKind(SourceDraft.Kind.SURVEY);
    survey.getSource().setSurvey("business-climate");
    survey.getSource().setItem("question:sat_business_land");
    survey.getTarget().setRule("IMPROVE_EVERY_PERIOD");
    goal.getIndicators().add(survey);
    GoalDraft sub = new GoalDraft();
    sub.setId("health");
    sub.setTitle("Helse");
    IndicatorDraft series = new IndicatorDraft();
    series.setId("physiotherapy");
    series.setName("Avtalehjemler for fysioterapeuter");
    series.setUnit("avtaler");
    series.getSource().setKind(SourceDraft.Kind.SERIES);
    series.getSource().getSeries().setOffice("SSB");
    series.getSource().getSeries().setTable("12191");
    series.getSource().getSeries().setMeasure("KOSavtalehjemler0001");
    series.getSource().getSeries().setRegion("3301");
    series.setBaselinePeriod("2020");
    series.setBaselineValue("45");
    series.getTarget().setRule("GROWTH_PER_YEAR");
    series.getTarget().setValue("1,5");
    series.setDue("2026");
    series.getSchedule().setCalendar("KOSTRA");
    sub.getIndicators().add(series);
    goal.getGoals().add(sub);
    d.getGoals().add(goal);
    return d;
  }

  @Test
  void aPlanMadeInTheEditorWritesAFileTheReaderReadsBackEqual() throws Exception {
    Drafted drafted = DraftBuilder.build(drammen());
    assertEquals(List.of(), drafted.problems());
    Plan plan = drafted.plan().orElseThrow();
    Indicator physio = plan.indicator("physiotherapy").orElseThrow();
    assertEquals(
        new Indicator(
            "physiotherapy",
            "Avtalehjemler for fysioterapeuter",
            new IndicatorSource.OfficialSeries(
                "SSB", Optional.of("12191"), "KOSavtalehjemler0001", "3301"),
            Direction.HIGHER_IS_BETTER,
            "avtaler",
            Optional.of(new Baseline(Period.year(2020), OptionalDouble.of(45))),
            new Target.GrowthPerYear(1.5),
            OptionalInt.of(2026),
            new Schedule.Kostra()),
        physio);
    assertEquals(
        new IndicatorSource.SurveyItem(
            "business-climate", IndicatorSource.SurveyItem.Item.QUESTION, "sat_business_land"),
        plan.indicator("land-satisfaction").orElseThrow().source());
    String yaml = new PlanFileWriter().yaml(plan);
    assertTrue(yaml.contains("percent: 1.5"), yaml);
    assertTrue(yaml.contains("question: sat_business_land"), yaml);
    assertEquals(plan, new PlanFileReader().read("drammen-editor.yaml", yaml));
  }

  @Test
  void everyWrongFieldIsNamedAndNothingIsBuilt() {
    PlanDraft d = drammen();
    d.setId("Drammen Plan");
    d.setPeriod("soon");
    IndicatorDraft physio = d.getGoals().get(0).getGoals().get(0).getIndicators().get(0);
    physio.getTarget().setValue("one and a half");
    physio.setDue("26");
    IndicatorDraft land = d.getGoals().get(0).getIndicators().get(0);
    land.getSource().setItem("");
    Drafted drafted = DraftBuilder.build(d);
    assertTrue(drafted.plan().isEmpty());
    assertEquals(
        List.of(
            new DraftProblem(d, "id", "goals.editor.problem.id", List.of("Drammen Plan")),
            new DraftProblem(
                d,
                "period",
                "goals.editor.problem.refused",
                List.of("'soon' is not a plan period: write 2023-2026 or 'to 2030'")),
            new DraftProblem(land, "source.item", "goals.editor.problem.required", List.of()),
            new DraftProblem(
                physio, "target.value", "goals.editor.problem.number", List.of("one and a half")),
            new DraftProblem(
                physio, "due", "goals.editor.problem.whole", List.of("1900", "2200", "26"))),
        drafted.problems());
    assertEquals(2, drafted.of(physio).size());
    // without a period nothing can be scored
    assertTrue(drafted.scorable().isEmpty());
  }

  @Test
  void theRightIndicatorsAreScorableWhileAnotherIsWrong() {
    PlanDraft d = drammen();
    IndicatorDraft physio = d.getGoals().get(0).getGoals().get(0).getIndicators().get(0);
    // growth is counted from a baseline: without one the domain refuses the rule
    physio.setBaselinePeriod("");
    physio.setBaselineValue("");
    Drafted drafted = DraftBuilder.build(d);
    assertEquals(1, drafted.problems().size());
    assertEquals("target.rule", drafted.problems().get(0).field());
    assertEquals("goals.editor.problem.refused", drafted.problems().get(0).key());
    Plan scorable = drafted.scorable().orElseThrow();
    assertEquals(
        List.of("land-satisfaction"),
        scorable.allIndicators().stream().map(Indicator::id).toList());
    assertEquals(2, scorable.allGoals().size());
  }

  @Test
  void anIdUsedTwiceAndAPlanWithoutGoalsAreRefused() {
    PlanDraft d = drammen();
    d.getGoals().get(0).getGoals().get(0).setId("land-satisfaction");
    Drafted twice = DraftBuilder.build(d);
    assertEquals(
        List.of(
            new DraftProblem(
                d.getGoals().get(0).getGoals().get(0),
                "id",
                "goals.editor.problem.duplicate",
                List.of("land-satisfaction"))),
        twice.problems());
    // the sub-goal stands in under another id, so its indicator is still scored
    assertEquals(2, twice.scorable().orElseThrow().allIndicators().size());

    PlanDraft empty = drammen();
    empty.getGoals().clear();
    assertEquals(
        List.of(new DraftProblem(empty, "goals", "goals.editor.problem.noGoal", List.of())),
        DraftBuilder.build(empty).problems());
  }

  @Test
  void aFormulaTakesAsManyInputsAsItNeeds() {
    SourceDraft s = new SourceDraft();
    s.setFormula("PER_INHABITANT_SHARE_OF_NATIONAL");
    assertEquals(4, s.getInputs().size());
    s.getInputs().get(0).setRegion("3301");
    s.setFormula("GROWTH_DIFFERENCE");
    assertEquals(2, s.getInputs().size());
    assertEquals("3301", s.getInputs().get(0).getRegion());
    assertFalse(s.getInputs().isEmpty());
  }
}
