package org.barometer.goals.application.planfile;

import static org.barometer.goals.domain.Status.ACHIEVED;
import static org.barometer.goals.domain.Status.AT_RISK;
import static org.barometer.goals.domain.Status.AWAITING_PUBLICATION;
import static org.barometer.goals.domain.Status.NOT_MEASURED_YET;
import static org.barometer.goals.domain.Status.NO_TARGET;
import static org.barometer.goals.domain.Status.OFF_TRACK;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.analysis.domain.ConfidenceInterval;
import org.barometer.goals.domain.IndicatorData;
import org.barometer.goals.domain.Measurement;
import org.barometer.goals.domain.MeasurementLookup;
import org.barometer.goals.domain.Measurements;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.PlanScore;
import org.barometer.goals.domain.PlanScorer;
import org.barometer.goals.domain.Status;
import org.barometer.shared.Period;
import org.junit.jupiter.api.Test;

/**
 * Each seed plan's goals scored from small fixture figures, with every expected status worked out
 * by hand in the comments (not taken from what the scorer printed).
 */
class SeedPlansScoredTest {

  private static final LocalDate MAY_2025 = LocalDate.of(2025, 5, 1);

  @Test
  void sandefjord() {
    Plan plan = SeedPlans.read("sandefjord-2023-2026.yaml");
    Map<String, IndicatorData> d = new HashMap<>();
    // rank 7 in 2017 → 5 in 2024: better than the baseline → achieved (due 2025)
    d.put("nm-overall-rank", own(yearly(2017, 7, 2024, 5)));
    // jobs 30000 → 30900 (+3.0 %), population 64000 → 65280 (+2.0 %) from 2022 → achieved
    d.put(
        "jobs-growth-vs-population",
        with(yearly(2022, 30000, 2024, 30900), "population", yearly(2022, 64000, 2024, 65280)));
    // 87.0, 87.5, 88.5 in 2022–2024 < 90; due 2026. Least squares: b = 1.5/2 = 0.75,
    // ŷ(2026) = 87.6667 + 0.75 × 3 = 89.9167 < 90; SSE = 0.041667, s = 0.204124,
    // half = t(0.975, 1) 12.7062 × 0.204124 × √(1 + 1/3 + 9/2) = 6.2642 → upper 96.18 ≥ 90 → at
    // risk
    d.put("tax-income-share-of-national", own(yearly(2022, 87.0, 2023, 87.5, 2024, 88.5)));
    // own 40000 → 43000 (+7.5 %), EKG11 38000 → 41800 (+10 %) from 2022 → off track
    d.put(
        "tax-income-growth-vs-kostra-11",
        with(yearly(2022, 40000, 2024, 43000), "EKG11", yearly(2022, 38000, 2024, 41800)));
    // baseline 2021 = 78.0, +2 %: 2024 requires 78 × 1.02³ = 82.7742 > 79.4 → behind; due 2026
    // requires 78 × 1.02⁵ = 86.1183; g = ln(79.4/78)/3 = 0.005930, ŷ(2026) = 79.4 e^(2g) = 80.347;
    // upper bound 80.652 < 86.1183 → off track
    d.put("employment-rate-20-66", own(yearly(2021, 78.0, 2022, 78.5, 2023, 79.0, 2024, 79.4)));
    // 62 (se 1.5) → 66 (se 1.4): se = √(2.25 + 1.96) = 2.051828, z = 4/2.051828 = 1.949481,
    // p = 2Φ(−1.9495) = 0.0512 ≥ 0.05 → within the margin of error → at risk
    d.put("business-survey-overall", own(survey(2019, 62, 1.5), survey(2022, 66, 1.4)));
    // 9800 → 10000: improved → achieved (the 2023 figure is out only in November 2025)
    d.put("value-creation", own(yearly(2021, 9800, 2022, 10000)));
    // no target set → no target
    // 510 → 495: fell → off track (2023's figure is out on 15 June 2024; 2024's only on 15 June
    // 2025, after the day scored)
    d.put("new-firms", own(yearly(2022, 510, 2023, 495)));
    // 8.0 against the mean of the three members with a figure (6 + 9 + 7)/3 = 7.33 → achieved
    d.put(
        "net-in-migration",
        with(
            yearly(2024, 8.0),
            "3901",
            yearly(2024, 6.0),
            "3903",
            yearly(2024, 9.0),
            "3905",
            yearly(2024, 7.0)));
    // no demography rank yet, and rankings have no calendar → not measured yet
    // competence rank 4 in 2022 and 4 in 2024: not better, due 2026 → at risk
    d.put("nm-competence-rank", own(yearly(2022, 4, 2024, 4)));
    // labour-market rank 6 → 3 → achieved
    d.put("nm-labour-market-rank", own(yearly(2022, 6, 2024, 3)));

    PlanScore s = PlanScorer.score(plan, MeasurementLookup.of(d), MAY_2025);
    assertStatuses(
        s,
        Map.ofEntries(
            Map.entry("nm-overall-rank", ACHIEVED),
            Map.entry("jobs-growth-vs-population", ACHIEVED),
            Map.entry("tax-income-share-of-national", AT_RISK),
            Map.entry("tax-income-growth-vs-kostra-11", OFF_TRACK),
            Map.entry("employment-rate-20-66", OFF_TRACK),
            Map.entry("business-survey-overall", AT_RISK),
            Map.entry("value-creation", ACHIEVED),
            Map.entry("firms-moving-in", NO_TARGET),
            Map.entry("new-firms", OFF_TRACK),
            Map.entry("net-in-migration", ACHIEVED),
            Map.entry("nm-demography-rank", NOT_MEASURED_YET),
            Map.entry("nm-competence-rank", AT_RISK),
            Map.entry("nm-labour-market-rank", ACHIEVED)),
        // goals: the worst verdict of their indicators and sub-goals
        Map.ofEntries(
            Map.entry("nm-best-development", ACHIEVED),
            Map.entry("jobs-faster-than-population", ACHIEVED),
            Map.entry("tax-income", OFF_TRACK),
            Map.entry("labour-participation", OFF_TRACK),
            Map.entry("main-goals", OFF_TRACK),
            Map.entry("offensive-facilitator", OFF_TRACK),
            Map.entry("living-town", ACHIEVED),
            Map.entry("labour-supply", AT_RISK),
            Map.entry("strategic-goals", OFF_TRACK)));
  }

  @Test
  void drammen() {
    Plan plan = SeedPlans.read("drammen-2030.yaml");
    Map<String, IndicatorData> d = new HashMap<>();
    // 0.80 → 0.80: stable → achieved
    d.put("industry-diversity", own(yearly(2023, 0.80, 2024, 0.80)));
    // 64 (se 1) → 68 (se 1): z = 4/√2 = 2.828, p = 0.0047 → significant → achieved
    d.put("business-satisfaction", own(survey(2023, 64, 1.0), survey(2024, 68, 1.0)));
    // 60 (se 1.2) → 59 (se 1.3): z = −1/√3.13 = −0.565, p = 0.572 → within the margin → at risk
    d.put("business-overall-view", own(survey(2023, 60, 1.2), survey(2024, 59, 1.3)));
    // emissions 100000 → 98000, lower is better → achieved (2023's figure is out on 1 March 2025;
    // without it, the figure would be overdue and "every period" could not be judged)
    d.put("business-emissions", own(yearly(2022, 100000, 2023, 98000)));
    // own +3 % (60000 → 61800) from 2021; competitors +2.5 %, +2 %, +3.5 % → best 3.5 → off track
    d.put(
        "jobs-growth-vs-competitors",
        with(
            yearly(2021, 60000, 2024, 61800),
            "3107",
            yearly(2021, 40000, 2024, 41000),
            "4204",
            yearly(2021, 70000, 2024, 71400),
            "1108",
            yearly(2021, 50000, 2024, 51750)));
    // 900 → 950 → achieved (2023's figure is out on 15 June 2024, 2024's after the day scored)
    d.put("new-firms-yearly-growth", own(yearly(2022, 900, 2023, 950)));
    // own 800 → 950 (+18.75 %); 3107 +10 %, 1108 +15 %, 4204 has no 2023 figure → achieved
    d.put(
        "new-firms-growth-vs-competitors",
        with(
            yearly(2021, 800, 2023, 950),
            "3107",
            yearly(2021, 500, 2023, 550),
            "4204",
            yearly(2021, 900),
            "1108",
            yearly(2021, 600, 2023, 690)));
    // own 68.0 → 68.6; ASSS mean of 0301 and 4601: (69 + 70)/2 = 69.5 → (69.2 + 70)/2 = 69.6;
    // gap −1.5 → −1.0: better → achieved
    d.put(
        "employment-rate-vs-asss",
        with(
            yearly(2023, 68.0, 2024, 68.6),
            "0301",
            yearly(2023, 69.0, 2024, 69.2),
            "4601",
            yearly(2023, 70.0, 2024, 70.0)));

    PlanScore s = PlanScorer.score(plan, MeasurementLookup.of(d), MAY_2025);
    assertStatuses(
        s,
        Map.ofEntries(
            Map.entry("industry-diversity", ACHIEVED),
            Map.entry("competence-gap", NO_TARGET),
            Map.entry("business-satisfaction", ACHIEVED),
            Map.entry("business-overall-view", AT_RISK),
            Map.entry("business-emissions", ACHIEVED),
            Map.entry("product-innovation-turnover", NOT_MEASURED_YET),
            Map.entry("jobs-growth-vs-competitors", OFF_TRACK),
            Map.entry("new-firms-yearly-growth", ACHIEVED),
            Map.entry("new-firms-growth-vs-competitors", ACHIEVED),
            Map.entry("employment-rate-vs-asss", ACHIEVED)),
        Map.ofEntries(
            Map.entry("diverse-business", ACHIEVED),
            Map.entry("yes-municipality", ACHIEVED),
            Map.entry("innovative-municipality", AT_RISK),
            Map.entry("green-business", ACHIEVED),
            Map.entry("business-centre", AT_RISK),
            Map.entry("first-choice", OFF_TRACK),
            Map.entry("preferred-regional-centre", OFF_TRACK),
            Map.entry("high-employment", ACHIEVED),
            Map.entry("opportunity-society", ACHIEVED)));
    assertEquals(
        List.of("4204"),
        s.indicator("new-firms-growth-vs-competitors").evidence().missingComparisons());
  }

  @Test
  void sarpsborg() {
    Plan plan = SeedPlans.read("sarpsborg-2030.yaml");
    Map<String, IndicatorData> d = new HashMap<>();
    // baseline 2022 = 28000, +1.5 %: 2024 requires 28000 × 1.015² = 28846.3 > 28700 → behind.
    // g = ln(28700/28000)/2 = 0.012346; ŷ(2030) = 28700 e^(6g) = 30906.8; steps 0.012423 and
    // 0.012270, se = 0.0000766, half = 12.7062 × se = 0.000973; upper 28700 e^(6 × 0.013319)
    // = 31086.9 < 28000 × 1.015⁸ = 31541.8 → off track
    d.put("jobs", own(yearly(2022, 28000, 2023, 28350, 2024, 28700)));
    d.put("private-sector-jobs", own(yearly(2022, 17000, 2023, 16900)));
    PlanScore s = PlanScorer.score(plan, MeasurementLookup.of(d), MAY_2025);
    assertStatuses(
        s,
        Map.of("jobs", OFF_TRACK, "private-sector-jobs", NO_TARGET),
        // the five sub-goals have no indicators of their own: no target
        Map.of(
            "job-growth", OFF_TRACK,
            "attractive-to-establish", NO_TARGET,
            "meaningful-everyday", NO_TARGET));

    // As of 1 March 2024 only the 2022 baseline exists; the 2023 figure is out 15 March 2024
    PlanScore early =
        PlanScorer.score(
            plan,
            MeasurementLookup.of(Map.of("jobs", own(yearly(2022, 28000)))),
            LocalDate.of(2024, 3, 1));
    assertEquals(AWAITING_PUBLICATION, early.indicator("jobs").status());
    assertEquals(AWAITING_PUBLICATION, early.goal("job-growth"));
  }

  @Test
  void stenungsund() {
    Plan plan = SeedPlans.read("stenungsund-2035.yaml");
    PlanScore s =
        PlanScorer.score(
            plan, MeasurementLookup.of(Map.of("jobs", own(yearly(2022, 9000)))), MAY_2025);
    // no number is set in the programme: shown, not scored
    assertStatuses(s, Map.of("jobs", NO_TARGET), Map.of("goal-image-2035", NO_TARGET));
  }

  @Test
  void sodertalje() {
    Plan plan = SeedPlans.read("sodertalje-2016-2022.yaml");
    // rank 9 in 2022, the due year, > 5 → off track. The NKI targets per unit carry no number in
    // the plan (not yet set) → no target, with or without figures
    PlanScore s =
        PlanScorer.score(
            plan,
            MeasurementLookup.of(Map.of("sn-ranking", own(yearly(2019, 12, 2022, 9)))),
            LocalDate.of(2023, 1, 15));
    assertStatuses(
        s,
        Map.of("sn-ranking", OFF_TRACK, "nki-total", NO_TARGET),
        Map.of(
            "utvecklingskraft", OFF_TRACK,
            "fa4-authority", NO_TARGET,
            "fa1-business-climate", NO_TARGET));
  }

  /**
   * Every seed plan, given figures for every year 2012–2030 (as a careless lookup or made-up data
   * would), scored as of the days and today: no figure the scorecard shows may be for a
   * period that had not ended by then, and none of an official series with a calendar before that
   * calendar's day (checked here by hand from the plan's own words: KOSTRA 15 March, an annual day
   * and lag, a survey's closing day).
   */
  @Test
  void noPlanSeesAFigureThatWasNotPublishedByTheDayScored() {
    List<LocalDate> days =
        List.of(
            LocalDate.of(2021, 6, 1),
            LocalDate.of(2023, 1, 15),
            LocalDate.of(2024, 4, 1),
            LocalDate.now());
    for (String file :
        List.of(
            "sandefjord-2023-2026.yaml",
            "drammen-2030.yaml",
            "sarpsborg-2030.yaml",
            "stenungsund-2035.yaml",
            "sodertalje-2016-2022.yaml")) {
      Plan plan = SeedPlans.read(file);
      MeasurementLookup everything = indicator -> everyYear(indicator);
      for (LocalDate day : days) {
        PlanScore s = PlanScorer.score(plan, everything, day);
        for (org.barometer.goals.domain.Indicator i : plan.allIndicators()) {
          var e = s.indicator(i.id()).evidence();
          for (Measurement m :
              java.util.stream.Stream.of(e.latest(), e.previous())
                  .flatMap(java.util.Optional::stream)
                  .toList()) {
            String where = file + " " + i.id() + " as of " + day + ": " + m.period();
            LocalDate earliest = handPublication(i, m.period().year());
            assertTrue(!earliest.isAfter(day), where + " is out on " + earliest);
          }
        }
      }
    }
  }

  /** The first day a yearly figure is out, worked out from the plan's calendar by hand. */
  private static LocalDate handPublication(org.barometer.goals.domain.Indicator i, int year) {
    var schedule = i.schedule();
    if (schedule instanceof org.barometer.goals.domain.Schedule.Kostra) {
      return LocalDate.of(year + 1, 3, 15);
    }
    if (schedule instanceof org.barometer.goals.domain.Schedule.Annual a) {
      LocalDate d = a.day().atYear(year + a.lagYears());
      return d.isAfter(LocalDate.of(year, 12, 31)) ? d : LocalDate.of(year + 1, 1, 1);
    }
    if (schedule instanceof org.barometer.goals.domain.Schedule.SurveyCycles c) {
      return c.closes().atYear(year);
    }
    // no calendar: a rank on its entered day (20 June of the year after, below), a survey the day
    // after its year, a statistic three months after its year
    if (i.source() instanceof org.barometer.goals.domain.IndicatorSource.PublishedRanking) {
      return LocalDate.of(year + 1, 6, 20);
    }
    if (i.isSurvey()) {
      return LocalDate.of(year + 1, 1, 1);
    }
    return LocalDate.of(year + 1, 4, 1);
  }

  /** A figure for every year 2012–2030, own and for every comparison key. */
  private static IndicatorData everyYear(org.barometer.goals.domain.Indicator indicator) {
    List<Measurement> own = new ArrayList<>();
    for (int y = 2012; y <= 2030; y++) {
      if (indicator.source()
          instanceof org.barometer.goals.domain.IndicatorSource.PublishedRanking) {
        own.add(
            Measurement.rank(Period.year(y), 1 + (y % 7), "made up", LocalDate.of(y + 1, 6, 20)));
      } else if (indicator.isSurvey()) {
        own.add(survey(y, 50 + y % 5, 1.0));
      } else {
        own.add(Measurement.of(Period.year(y), 100 + y % 9));
      }
    }
    Map<String, Measurements> comparison = new HashMap<>();
    if (indicator.target() instanceof org.barometer.goals.domain.Target.Outperform o) {
      for (String key : o.against().keys()) {
        List<Measurement> theirs = new ArrayList<>();
        for (int y = 2012; y <= 2030; y++) {
          theirs.add(Measurement.of(Period.year(y), 101 + y % 5));
        }
        comparison.put(key, Measurements.of(theirs));
      }
    }
    return new IndicatorData(Measurements.of(own), comparison);
  }

  private static void assertStatuses(
      PlanScore s, Map<String, Status> indicators, Map<String, Status> goals) {
    List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
    new LinkedHashMap<>(indicators)
        .forEach(
            (id, status) ->
                checks.add(
                    () ->
                        assertEquals(
                            status,
                            s.indicator(id).status(),
                            id + ": " + s.indicator(id).explanation().english())));
    goals.forEach((id, status) -> checks.add(() -> assertEquals(status, s.goal(id), id)));
    // every sentence also reads in bokmål and Swedish, with every placeholder filled
    for (String language : List.of("nb", "sv")) {
      s.byIndicator()
          .forEach(
              (id, a) -> {
                String why = a.explanation().in(java.util.Locale.forLanguageTag(language));
                checks.add(() -> assertFalse(why.contains("{"), language + " " + id + ": " + why));
              });
    }
    assertEquals(s.byIndicator().keySet().containsAll(indicators.keySet()), true);
    assertAll(checks);
  }

  private static IndicatorData own(Measurements m) {
    return IndicatorData.of(m);
  }

  private static IndicatorData own(Measurement... m) {
    return IndicatorData.of(Measurements.of(List.of(m)));
  }

  private static IndicatorData with(Measurements own, Object... keyAndFigures) {
    Map<String, Measurements> comparison = new HashMap<>();
    for (int i = 0; i < keyAndFigures.length; i += 2) {
      comparison.put((String) keyAndFigures[i], (Measurements) keyAndFigures[i + 1]);
    }
    return new IndicatorData(own, comparison);
  }

  private static Measurements yearly(Number... yearValue) {
    Map<Integer, Double> m = new LinkedHashMap<>();
    for (int i = 0; i < yearValue.length; i += 2) {
      m.put(yearValue[i].intValue(), yearValue[i + 1].doubleValue());
    }
    return Measurements.yearly(m);
  }

  private static Measurement survey(int year, double value, double se) {
    double half = 1.959963984540054 * se;
    return Measurement.survey(
        Period.year(year), value, se, new ConfidenceInterval(value - half, value + half, 0.95), 80);
  }
}
