package org.barometer.goals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.barometer.goals.domain.PlanChanges.IndicatorPart;
import org.barometer.goals.domain.PlanChanges.Kind;
import org.barometer.shared.Country;
import org.barometer.shared.Period;
import org.junit.jupiter.api.Test;

/**
 * What changed between two small plans written by hand: version 1 has two main goals, jobs (with
 * the indicators jobs and private-jobs, and a sub-goal region) and climate (with the indicator
 * survey-index); version 2 raises the jobs target from +1.5 % to +2 % a year, sets a first target
 * for private-jobs, adds the indicator start-ups, moves survey-index under jobs, renames the
 * sub-goal region, drops the goal climate and adds the goal competence.
 */
class PlanChangesTest {

  private static final Municipality SARPSBORG = new Municipality("3105", "Sarpsborg", Country.NO);
  private static final PlanPeriod TO_2030 = PlanPeriod.between(2023, 2030);

  private static Indicator indicator(String id, Target target, Baseline baseline) {
    return new Indicator(
        id,
        "Indicator " + id,
        Fixtures.JOBS,
        Direction.HIGHER_IS_BETTER,
        "jobs",
        Optional.ofNullable(baseline),
        target,
        OptionalInt.empty(),
        Fixtures.KOSTRA);
  }

  private static Goal goal(String id, String title, List<Indicator> indicators, List<Goal> subs) {
    return new Goal(id, title, "", indicators, subs, List.of());
  }

  private static final Indicator JOBS_1_5 =
      indicator("jobs", new Target.GrowthPerYear(1.5), Baseline.at(Period.year(2022)));
  private static final Indicator PRIVATE_NOT_SET =
      indicator("private-jobs", new Target.NotYetSet("no number yet"), null);
  private static final Indicator SURVEY =
      indicator("survey-index", new Target.ImproveEveryPeriod(), null);

  private static final Plan V1 =
      new Plan(
          "sarpsborg-2030",
          SARPSBORG,
          "Handlingsprogram",
          TO_2030,
          List.of(
              goal(
                  "jobs",
                  "Arbeidsplasser",
                  List.of(JOBS_1_5, PRIVATE_NOT_SET),
                  List.of(goal("region", "Regionen", List.of(), List.of()))),
              goal("climate", "Næringsklima", List.of(SURVEY), List.of())));

  private static final Indicator JOBS_2 =
      indicator("jobs", new Target.GrowthPerYear(2.0), Baseline.at(Period.year(2022)));
  private static final Indicator PRIVATE_1 =
      indicator("private-jobs", new Target.GrowthPerYear(1.0), Baseline.at(Period.year(2022)));
  private static final Indicator START_UPS =
      indicator("start-ups", new Target.Threshold(300), null);

  private static final Plan V2 =
      new Plan(
          "sarpsborg-2030",
          SARPSBORG,
          "Handlingsprogram",
          TO_2030,
          List.of(
              goal(
                  "jobs",
                  "Arbeidsplasser",
                  List.of(JOBS_2, PRIVATE_1, START_UPS, SURVEY),
                  List.of(goal("region", "Søndre Østfold", List.of(), List.of()))),
              goal("competence", "Kompetanse", List.of(), List.of())));

  @Test
  void theSamePlanHasNoChanges() {
    assertTrue(PlanChanges.between(V1, V1).isEmpty());
  }

  @Test
  void goalsAddedRemovedAndRenamed() {
    PlanChanges changes = PlanChanges.between(V1, V2);

    // in the order of version 2 (region, competence), then the removed (climate)
    assertEquals(
        List.of("region CHANGED [TITLE]", "competence ADDED []", "climate REMOVED []"),
        changes.goals().stream().map(g -> g.id() + " " + g.kind() + " " + g.parts()).toList());
    assertEquals("Regionen", changes.goals().get(0).before().orElseThrow().title());
    assertEquals("Søndre Østfold", changes.goals().get(0).goal().title());
    assertEquals("Næringsklima", changes.goals().get(2).goal().title());
    assertTrue(changes.plan().isEmpty());
  }

  @Test
  void targetsChangedSetAndAddedAndAnIndicatorMoved() {
    PlanChanges changes = PlanChanges.between(V1, V2);

    assertEquals(
        List.of(
            "jobs CHANGED [TARGET]",
            "private-jobs CHANGED [BASELINE, TARGET]",
            "start-ups ADDED []",
            "survey-index CHANGED [GOAL]"),
        changes.indicators().stream().map(i -> i.id() + " " + i.kind() + " " + i.parts()).toList());
    PlanChanges.IndicatorChange jobs = changes.indicators().get(0);
    assertEquals(new Target.GrowthPerYear(1.5), jobs.before().orElseThrow().target());
    assertEquals(new Target.GrowthPerYear(2.0), jobs.after().orElseThrow().target());
    PlanChanges.IndicatorChange moved = changes.indicators().get(3);
    assertEquals(Optional.of("climate"), moved.goalBefore());
    assertEquals(Optional.of("jobs"), moved.goalAfter());
    assertEquals(Optional.of("jobs"), changes.indicators().get(2).goalAfter());
  }

  @Test
  void goingBackReadsTheOtherWayRound() {
    PlanChanges back = PlanChanges.between(V2, V1);

    assertEquals(
        List.of("start-ups REMOVED"),
        back.indicators().stream()
            .filter(i -> i.kind() != Kind.CHANGED)
            .map(i -> i.id() + " " + i.kind())
            .toList());
    assertEquals(
        List.of("region CHANGED", "climate ADDED", "competence REMOVED"),
        back.goals().stream().map(g -> g.id() + " " + g.kind()).toList());
  }

  @Test
  void aSubGoalMovedAndThePlansTitleAndMeasuresChanged() {
    Plan moved =
        new Plan(
            "sarpsborg-2030",
            SARPSBORG,
            "Handlingsprogram 2026",
            TO_2030,
            List.of(
                new Goal(
                    "jobs",
                    "Arbeidsplasser",
                    "",
                    List.of(JOBS_1_5, PRIVATE_NOT_SET),
                    List.of(),
                    List.of("Samarbeid med NHO og LO")),
                goal(
                    "climate",
                    "Næringsklima",
                    List.of(SURVEY),
                    List.of(goal("region", "Regionen", List.of(), List.of())))));

    PlanChanges changes = PlanChanges.between(V1, moved);

    assertEquals(Set.of(PlanChanges.PlanPart.TITLE), changes.plan());
    assertEquals(
        List.of("jobs [MEASURES]", "region [PARENT]"),
        changes.goals().stream().map(g -> g.id() + " " + g.parts()).toList());
    assertTrue(changes.indicators().isEmpty());
  }

  @Test
  void aDueYearUnitAndDirectionAreChangesOfTheIndicator() {
    Indicator later =
        new Indicator(
            "jobs",
            "Indicator jobs",
            Fixtures.JOBS,
            Direction.LOWER_IS_BETTER,
            "persons",
            JOBS_1_5.baseline(),
            JOBS_1_5.target(),
            OptionalInt.of(2028),
            Fixtures.KOSTRA);
    Plan v =
        new Plan(
            V1.id(),
            SARPSBORG,
            V1.title(),
            TO_2030,
            List.of(
                goal(
                    "jobs",
                    "Arbeidsplasser",
                    List.of(later, PRIVATE_NOT_SET),
                    List.of(goal("region", "Regionen", List.of(), List.of()))),
                goal("climate", "Næringsklima", List.of(SURVEY), List.of())));

    PlanChanges changes = PlanChanges.between(V1, v);

    assertEquals(1, changes.indicators().size());
    assertEquals(
        Set.of(IndicatorPart.DIRECTION, IndicatorPart.UNIT, IndicatorPart.DUE),
        changes.indicators().get(0).parts());
    assertTrue(changes.goals().isEmpty());
    assertTrue(!changes.isEmpty());
  }
}
