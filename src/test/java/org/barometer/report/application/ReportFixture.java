package org.barometer.report.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.barometer.analysis.domain.ConfidenceInterval;
import org.barometer.goals.application.IndicatorPicture;
import org.barometer.goals.application.Scorecard;
import org.barometer.goals.domain.Direction;
import org.barometer.goals.domain.Goal;
import org.barometer.goals.domain.Indicator;
import org.barometer.goals.domain.IndicatorData;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.goals.domain.Measurement;
import org.barometer.goals.domain.MeasurementLookup;
import org.barometer.goals.domain.Measurements;
import org.barometer.goals.domain.Municipality;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.PlanPeriod;
import org.barometer.goals.domain.PlanScorer;
import org.barometer.goals.domain.PlanVersion;
import org.barometer.goals.domain.Schedule;
import org.barometer.goals.domain.Target;
import org.barometer.platform.i18n.Language;
import org.barometer.report.application.ReportModel.ActivityGroup;
import org.barometer.report.application.ReportModel.ActivityLine;
import org.barometer.report.domain.IssuedStatuses;
import org.barometer.shared.Country;
import org.barometer.shared.Period;

/**
 * A plan scored from test data, as of 1 December 2025, with an action plan and a year of dialogue:
 * two goals, three indicators whose statuses follow by hand from the figures.
 *
 * <ul>
 *   <li>jobs: 70 in 2023, 78 in 2024, target at least 75 by 2026: 78 ≥ 75, achieved.
 *   <li>satisfaction (survey): 60.0 (56.0–64.0), n = 210, in 2025, target at least 70 by 2025: the
 *       due year's figure misses it and its whole interval lies below 70, off track.
 *   <li>rank (published ranking): no figure at all, not measured yet.
 * </ul>
 *
 * So one goal achieved ("Flere arbeidsplasser") and one off track ("Fornøyde bedrifter", the worst
 * of its off track and not measured).
 */
final class ReportFixture {

  static final LocalDate AS_OF = LocalDate.of(2025, 12, 1);

  private ReportFixture() {}

  static Plan plan() {
    Indicator jobs =
        new Indicator(
            "jobs",
            "Sysselsatte per 100 innbyggere",
            new IndicatorSource.OfficialSeries("SSB", Optional.of("13470"), "jobs", "3907"),
            Direction.HIGHER_IS_BETTER,
            "",
            Optional.empty(),
            new Target.Threshold(75),
            OptionalInt.of(2026),
            new Schedule.Unscheduled());
    Indicator satisfaction =
        new Indicator(
            "satisfaction",
            "Tilfredshet med kommunen",
            new IndicatorSource.SurveyItem(
                "naeringsklima", IndicatorSource.SurveyItem.Item.INDEX, "NKI"),
            Direction.HIGHER_IS_BETTER,
            "index",
            Optional.empty(),
            new Target.Threshold(70),
            OptionalInt.of(2025),
            new Schedule.SurveyCycles(List.of(2023, 2025), MonthDay.of(11, 30)));
    Indicator rank =
        new Indicator(
            "rank",
            "Plass i Kommune-NM",
            new IndicatorSource.PublishedRanking(
                "NHO", "Kommune-NM", Optional.empty(), Optional.empty()),
            Direction.LOWER_IS_BETTER,
            "rank",
            Optional.empty(),
            new Target.Threshold(50),
            OptionalInt.of(2026),
            new Schedule.Unscheduled());
    return new Plan(
        "sandefjord-test",
        new Municipality("3907", "Sandefjord", Country.NO),
        "Næringsplan for Sandefjord",
        PlanPeriod.between(2023, 2026),
        List.of(
            new Goal("g1", "Flere arbeidsplasser", "", List.of(jobs), List.of(), List.of()),
            new Goal(
                "g2",
                "Fornøyde bedrifter",
                "",
                List.of(satisfaction, rank),
                List.of(),
                List.of())));
  }

  static Map<String, IndicatorData> data() {
    Map<Integer, Double> jobs = new LinkedHashMap<>();
    jobs.put(2023, 70.0);
    jobs.put(2024, 78.0);
    Measurement survey =
        new Measurement(
            Period.year(2025),
            60.0,
            null,
            Optional.of(new ConfidenceInterval(56.0, 64.0, 0.95)),
            OptionalInt.of(210),
            Optional.of("Næringsklimaundersøkelsen"),
            Optional.of(LocalDate.of(2025, 11, 30)));
    return Map.of(
        "jobs", IndicatorData.of(Measurements.yearly(jobs)),
        "satisfaction", IndicatorData.of(Measurements.of(List.of(survey))),
        "rank", IndicatorData.none());
  }

  static Scorecard scorecard() {
    Plan plan = plan();
    return new Scorecard(
        plan,
        PlanScorer.score(plan, MeasurementLookup.of(data()), AS_OF),
        AS_OF,
        new PlanVersion(2, LocalDate.of(2025, 1, 1), Optional.empty(), Instant.EPOCH, "revised"));
  }

  /**
   * The dialogue: two meetings, four businesses (one not in the register), two follow-up points.
   */
  static DialogueSummary dialogue() {
    return new DialogueSummary() {
      @Override
      public List<HeldMeeting> meetingsHeld(String planId, LocalDate day) {
        return List.of(
            new HeldMeeting(1, LocalDate.of(2025, 3, 4), "Frokostmøte om kompetanse", 2),
            new HeldMeeting(2, LocalDate.of(2025, 9, 9), "Næringsforum høst", 2));
      }

      @Override
      public List<TakingPart> businessesTakingPart(String planId, LocalDate day) {
        return List.of(
            new TakingPart("C", "5-19"),
            new TakingPart("C", "5-19"),
            new TakingPart("G", "0-4"),
            new TakingPart("", ""));
      }

      @Override
      public List<FollowUpPoint> followUps(String planId, LocalDate day) {
        return List.of(
            new FollowUpPoint(
                "Kartlegge behovet for fagarbeidere", 1, LocalDate.of(2025, 6, 1), "DONE"),
            new FollowUpPoint(
                "Svar om næringsarealer på Torp", 2, LocalDate.of(2025, 11, 1), "OPEN"));
      }
    };
  }

  static List<ActivityGroup> activities() {
    return List.of(
        new ActivityGroup(
            "g2",
            "Fornøyde bedrifter",
            List.of(
                new ActivityLine(
                    "Raskere byggesaker",
                    "Plan og bygg",
                    "Rød: avvik",
                    "To saksbehandlere sluttet i vår",
                    "Leie inn kapasitet til mars"),
                new ActivityLine(
                    "Næringsvennlig kommune-kurs", "Næring", "Grønn: etter plan", "", ""))));
  }

  /** The report as of the day, with the report before it having jobs on track. */
  static ReportModel model(Language language) {
    Scorecard card = scorecard();
    ReportWords words = new ReportWords(language);
    Plan plan = card.plan();
    Map<String, IndicatorData> data = data();
    GoalParts goals =
        new GoalParts(
            id ->
                IndicatorPicture.of(plan.indicator(id).orElseThrow(), plan.period(), data.get(id)),
            words);
    Map<String, String> before = new LinkedHashMap<>();
    before.put("g:g1", "ON_TRACK");
    before.put("g:g2", "OFF_TRACK");
    before.put("i:jobs", "ON_TRACK");
    before.put("i:satisfaction", "OFF_TRACK");
    before.put("i:rank", "NOT_MEASURED_YET");
    return ReportCollector.model(
        card,
        goals.of(card),
        List.of(),
        activities(),
        new DialogueParts(dialogue(), words).of(card.plan().id(), AS_OF),
        Optional.of(
            new ReportCollector.Previous(LocalDate.of(2024, 12, 1), new IssuedStatuses(before))),
        words);
  }
}
