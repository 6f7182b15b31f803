package org.barometer.goals.interfaces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.barometer.goals.application.Scorecard;
import org.barometer.goals.domain.Direction;
import org.barometer.goals.domain.Goal;
import org.barometer.goals.domain.Indicator;
import org.barometer.goals.domain.IndicatorData;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.goals.domain.MeasurementLookup;
import org.barometer.goals.domain.Measurements;
import org.barometer.goals.domain.Municipality;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.PlanPeriod;
import org.barometer.goals.domain.PlanScorer;
import org.barometer.goals.domain.Schedule;
import org.barometer.goals.domain.Target;
import org.barometer.goals.interfaces.ScorecardView.IndicatorView;
import org.barometer.shared.Country;
import org.junit.jupiter.api.Test;

/** The scorecard's rows mark demonstration figures and carry the decimals their verdict needs. */
class ScorecardViewTest {

  private static IndicatorView row(String source, double before, double after) {
    Indicator i =
        new Indicator(
            "i",
            "Mangfold",
            new IndicatorSource.OfficialSeries("SSB", Optional.of("07984"), "diversity", "3301"),
            Direction.HIGHER_IS_BETTER,
            "index",
            Optional.empty(),
            new Target.StableOrImprove(0),
            OptionalInt.empty(),
            new Schedule.Kostra());
    Plan plan =
        new Plan(
            "p",
            new Municipality("3301", "Drammen", Country.NO),
            "plan",
            PlanPeriod.between(2023, 2026),
            List.of(new Goal("g", "goal", "", List.of(i), List.of(), List.of())));
    IndicatorData d =
        IndicatorData.of(
            Measurements.yearly(new java.util.TreeMap<>(Map.of(2022, before, 2023, after)))
                .withSource(source));
    LocalDate asOf = LocalDate.of(2024, 12, 1);
    Scorecard card =
        new Scorecard(
            plan,
            PlanScorer.score(plan, MeasurementLookup.of(Map.of("i", d)), asOf),
            asOf,
            new org.barometer.goals.domain.PlanVersion(
                1,
                LocalDate.of(2023, 1, 1),
                java.util.Optional.empty(),
                java.time.Instant.EPOCH,
                ""));
    return ScorecardView.of(card, Locale.ENGLISH).goals().get(0).indicators().get(0);
  }

  @Test
  void aDemonstrationSeriesIsMarkedAsSuch() {
    IndicatorView demo = row("SSB 07984 (demonstration data)", 0.66, 0.67);
    assertTrue(demo.demonstration());
    assertEquals("SSB 07984 (demonstration data)", demo.reference());
    assertFalse(row("Sysselsetting, 07984", 0.66, 0.67).demonstration());
  }

  @Test
  void theFigureCarriesTheDecimalsItsVerdictNeeds() {
    // 0.67 against 0.66 needs two decimals; 52.3 against 50 one
    assertEquals(2, row("x", 0.66, 0.67).decimals());
    assertEquals(1, row("x", 50, 52.34).decimals());
  }

  @Test
  void theWellKnownUnitsAreWrittenInThePagesLanguage() {
    // the plans write units in English; an nb page showed "index" and "rank"
    Locale nb = Locale.forLanguageTag("nb");
    assertEquals("indeks", org.barometer.goals.domain.Phrase.unit("index", nb));
    assertEquals("plass", org.barometer.goals.domain.Phrase.unit("rank", nb));
    assertEquals(
        "plats", org.barometer.goals.domain.Phrase.unit("rank", Locale.forLanguageTag("sv")));
    // a count needs no unit beside its number; any other unit is shown as written
    assertEquals("", org.barometer.goals.domain.Phrase.unit("count", nb));
    assertEquals("t CO2e", org.barometer.goals.domain.Phrase.unit("t CO2e", nb));
    assertEquals("index", row("x", 1, 2).unit());
  }
}
