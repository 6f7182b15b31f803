package org.barometer.goals.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.goals.application.planfile.PlanFileReader;
import org.barometer.goals.application.planfile.PlanFileWriter;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.goals.domain.IndicatorSource.DialogueCount.Measure;
import org.barometer.goals.domain.Measurement;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.PlanScorer;
import org.barometer.goals.domain.Status;
import org.junit.jupiter.api.Test;

/**
 * A plan indicator that counts the dialogue from Barometer's own meeting records ({@code type:
 * dialogue}), read from a plan file and scored like any other.
 */
class DialogueIndicatorTest {

  private static final String PLAN =
      """
      id: stenungsund-test
      municipality: {code: "1415", name: Stenungsund, country: SE}
      title: Test
      period: 2024-2027
      goals:
        - id: dialogue
          title: Dialog med näringslivet
          indicators:
            - id: round-tables
              name: Rundabordssamtal per år
              source: {type: dialogue, measure: meetings_held, forum: Rundabordssamtal}
              unit: meetings
              target: {rule: threshold, value: 1}
            - id: businesses
              name: Företag som deltar
              source: {type: dialogue, measure: businesses_taking_part}
              target: {rule: improve_every_period}
      """;

  /** The records as the meeting feature would count them: 2024 one talk, 2025 none, 2026 two. */
  private final DialogueRecords records =
      new DialogueRecords() {
        @Override
        public List<GoalFollowUp> openFollowUps(String planId, LocalDate today) {
          return List.of();
        }

        @Override
        public Map<Integer, Integer> yearly(Measure measure, Optional<String> forum) {
          if (measure == Measure.MEETINGS_HELD) {
            assertEquals(Optional.of("Rundabordssamtal"), forum);
            return Map.of(2024, 1, 2026, 2);
          }
          assertEquals(Optional.empty(), forum);
          return Map.of(2024, 12, 2026, 9);
        }
      };

  private final StoredMeasurements stored =
      new StoredMeasurements(
          null,
          null,
          null,
          null,
          new RankBook() {
            @Override
            public void enter(RankEntry entry) {}

            @Override
            public List<RankEntry> of(String municipality) {
              return List.of();
            }
          },
          records);

  @Test
  void theSourceIsReadAndWrittenBack() throws Exception {
    Plan plan = new PlanFileReader().read("p.yaml", PLAN);
    assertEquals(
        new IndicatorSource.DialogueCount(Measure.MEETINGS_HELD, Optional.of("Rundabordssamtal")),
        plan.indicator("round-tables").orElseThrow().source());
    Plan again = new PlanFileReader().read("p.yaml", new PlanFileWriter().yaml(plan));
    assertEquals(plan, again);
  }

  @Test
  void eachYearIsCountedAYearWithoutMeetingsAsZeroAndTheYearUnderWayIsNotShown() throws Exception {
    Plan plan = new PlanFileReader().read("p.yaml", PLAN);
    LocalDate asOf = LocalDate.of(2027, 2, 1);
    var lookup = stored.lookup(plan.municipality(), asOf);

    List<Measurement> held =
        lookup.forIndicator(plan.indicator("round-tables").orElseThrow()).own().all();

    // 2024: 1, 2025: none held, 2026: 2; 2027 is not over on 1 February
    assertEquals(
        List.of("2024=1.0", "2025=0.0", "2026=2.0"),
        held.stream().map(m -> m.period().code() + "=" + m.value()).toList());
    var score = PlanScorer.score(plan, lookup, asOf);
    // the threshold (at least one a year) is met by the latest year, 2026
    assertEquals(Status.ACHIEVED, score.indicator("round-tables").status());
    // 9 businesses in 2026 after 0 in 2025: improved in the latest period
    assertEquals(Status.ACHIEVED, score.indicator("businesses").status());
  }

  @Test
  void withoutRecordsThereIsNoFigure() throws Exception {
    Plan plan = new PlanFileReader().read("p.yaml", PLAN);
    var none =
        new StoredMeasurements(
            null,
            null,
            null,
            null,
            new RankBook() {
              @Override
              public void enter(RankEntry entry) {}

              @Override
              public List<RankEntry> of(String municipality) {
                return List.of();
              }
            });
    var data =
        none.lookup(plan.municipality(), LocalDate.of(2027, 2, 1))
            .forIndicator(plan.indicator("round-tables").orElseThrow());
    assertTrue(data.own().all().isEmpty());
  }
}
