package org.barometer.goals.domain;

import static org.barometer.goals.domain.Fixtures.PLAN_2023_2026;
import static org.barometer.goals.domain.Fixtures.SATISFACTION;
import static org.barometer.goals.domain.Fixtures.SURVEY_EVERY_THIRD_YEAR;
import static org.barometer.goals.domain.Fixtures.data;
import static org.barometer.goals.domain.Fixtures.indicator;
import static org.barometer.goals.domain.Fixtures.official;
import static org.barometer.goals.domain.Fixtures.survey;
import static org.barometer.goals.domain.Fixtures.yearly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.barometer.platform.i18n.Bundles;
import org.barometer.shared.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sentences that say why, in bokmål and Swedish as a reader of each would write them (decimal
 * comma, the true minus sign, the day before the month), and the three bundles kept in step.
 */
class PhrasesTest {

  private static final Locale NB = Locale.forLanguageTag("nb");
  private static final Locale SV = Locale.forLanguageTag("sv");
  private static final LocalDate LATE_2025 = LocalDate.of(2025, 12, 1);
  private static final Path BUNDLE = Path.of("src/main/resources/org/barometer/goals/domain");

  private static Phrase why(Indicator i, IndicatorData d) {
    return IndicatorScorer.score(i, PLAN_2023_2026, d, LATE_2025).explanation();
  }

  @Test
  void aMissedGrowthTargetInEachLanguage() {
    // (105/100)^(1/3) − 1 = 1.6396 % a year; 100 × 1.02³ = 106.1208 required
    Indicator i = official(new Target.GrowthPerYear(2), Baseline.of(Period.year(2021), 100), 2024);
    Phrase why = why(i, data(yearly(2024, 105)));
    assertEquals(
        "+1.6 % a year since 2021 against a target of +2 % (105 in 2024, 106.1 required);"
            + " missed, due 2024.",
        why.english());
    assertEquals(
        "+1,6 % per år siden 2021 mot et mål på +2 % (105 i 2024, 106,1 kreves);"
            + " ikke nådd, frist 2024.",
        why.in(NB));
    assertEquals(
        "+1,6 % per år sedan 2021 mot ett mål på +2 % (105 år 2024, 106,1 krävs);"
            + " inte nått till 2024.",
        why.in(SV));
  }

  @Test
  void aSurveyFigureWithItsIntervalInBokmal() {
    // 69 ± 1.96 × 1.5 = [66.06, 71.94], which holds 70
    Indicator i =
        indicator(
            SATISFACTION,
            Direction.HIGHER_IS_BETTER,
            new Target.Threshold(70),
            null,
            null,
            SURVEY_EVERY_THIRD_YEAR);
    // as of June 2025, before the 2025 cycle closes (after it, that cycle would be overdue)
    Phrase why =
        IndicatorScorer.score(
                i,
                PLAN_2023_2026,
                data(Measurements.of(List.of(survey(2022, 69, 1.5, 80)))),
                LocalDate.of(2025, 6, 1))
            .explanation();
    assertEquals(
        "69 (95 % KI 66,1–71,9) i 2022 er innenfor feilmarginen for målet om minst 70.",
        why.in(NB));
  }

  @Test
  void aFallIsWrittenWithTheMinusSignOfTheLanguage() {
    // 10 → 8.75 (both exact in binary): 8.75 rounds half up to 8.8 and −1.25 to −1.3
    Indicator i = official(new Target.ImproveEveryPeriod(), null, null);
    Phrase why = why(i, data(yearly(2023, 10, 2024, 8.75)));
    assertEquals("Did not improve: from 10 in 2023 to 8.8 in 2024 (-1.3).", why.english());
    assertEquals("Ingen förbättring: från 10 år 2023 till 8,8 år 2024 (\u22121,3).", why.in(SV));
  }

  @Test
  void anAwaitedFigureNamesTheDayInTheLanguagesOwnOrder() {
    Phrase awaited = Phrase.of("goals.awaiting", Period.year(2024), LocalDate.of(2025, 3, 15));
    assertEquals("Venter på publisering: tallet for 2024 kommer 15. mars 2025.", awaited.in(NB));
    assertEquals("Väntar på publicering: värdet för 2024 väntas 15 mars 2025.", awaited.in(SV));
  }

  @Test
  void largeFiguresAreGroupedAndAChangeRoundingToZeroHasNoMinus() {
    Phrase p =
        Phrase.of("goals.fromTo", Wording.number(12345.64), 2020, Wording.signed(-0.04), 2021);
    assertEquals("from 12,345.6 in 2020 to 0 in 2021", p.english());
    assertEquals("fra 12\u00a0345,6 i 2020 til 0 i 2021", p.in(NB));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nb", "sv"})
  void eachLanguageHasEveryPhraseWithTheSamePlaceholders(String language) throws IOException {
    Bundles.assertTranslates(
        Bundles.load(BUNDLE.resolve("phrases.properties")),
        Bundles.load(BUNDLE.resolve("phrases_" + language + ".properties")),
        language);
  }

  @Test
  void everyKeyTheScorerNamesIsInTheBundle() throws IOException {
    Set<String> used =
        Bundles.keysNamed(
            Path.of("src/main/java/org/barometer/goals/domain"),
            ".java",
            Pattern.compile("\"(goals\\.[A-Za-z.]+|and)\""));
    assertTrue(used.size() > 40, "found only " + used);
    // "goals.formula." + the formula's name
    used.remove("goals.formula.");
    for (IndicatorSource.DerivedFigure.Formula f : IndicatorSource.DerivedFigure.Formula.values()) {
      used.add("goals.formula." + f.name());
    }
    // "goals.dialogue." + what a dialogue indicator counts
    used.remove("goals.dialogue.");
    for (IndicatorSource.DialogueCount.Measure m : IndicatorSource.DialogueCount.Measure.values()) {
      used.add("goals.dialogue." + m.name());
    }
    // "goals.unit." + a unit a plan writes: any unit without a key is shown as written
    used.remove("goals.unit.");
    used.removeAll(Bundles.load(BUNDLE.resolve("phrases.properties")).stringPropertyNames());
    assertEquals(Set.of(), used);
  }
}
