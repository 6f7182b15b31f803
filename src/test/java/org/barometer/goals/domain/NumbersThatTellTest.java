package org.barometer.goals.domain;

import static org.barometer.goals.domain.Fixtures.PLAN_2023_2026;
import static org.barometer.goals.domain.Fixtures.data;
import static org.barometer.goals.domain.Fixtures.official;
import static org.barometer.goals.domain.Fixtures.yearly;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A sentence shows as many digits as it takes to see the change its verdict rests on, and no more
 * than one decimal otherwise.
 */
class NumbersThatTellTest {

  /** KOSTRA: 2023's figures are out, 2024's not yet. */
  private static final LocalDate LATE_2024 = LocalDate.of(2024, 12, 1);

  @Test
  void theDecimalsAreTheFewestThatTellTheFiguresApart() {
    // 0.66 / 0.67: one decimal writes both 0.7 → two; 0.004 / 0.005: two significant digits of
    // 0.004 are four decimals (written "0.004": trailing zeros are not written)
    assertEquals(2, Quantity.decimalsToTell(0.66, 0.67));
    assertEquals(4, Quantity.decimalsToTell(0.004, 0.005));
    // above 1, the difference decides: 1.004 / 1.005 need three (1.00 and 1.01 at two would tell
    // them apart, but their difference 0.001 rounds to 0.00)
    assertEquals(3, Quantity.decimalsToTell(1.004, 1.005));
    assertEquals(1, Quantity.decimalsToTell(1.0, 2.0));
    // a figure below 1 keeps two significant digits even when nothing needs telling apart:
    // Drammen's diversity index 0.67 → 0.67 was written "from 0.7 to 0.7 (0)"
    assertEquals(2, Quantity.decimalsToTell(0.67, 0.67));
    assertEquals(3, Quantity.decimalsToTell(0.052));
    assertEquals(1, Quantity.decimalsToTell(8.0, 8.0));
    assertEquals(1, Quantity.decimalsToTell(87.0, 87.5));
    // 89.96 against 90: 90.0 = 90 at one decimal → two
    assertEquals(2, Quantity.decimalsToTell(89.96, 90));
  }

  @Test
  void aSmallImprovementIsNotWrittenAsNoChange() {
    // the issue: "Changed from 0.7 in 2022 to 0.7 in 2023 (0): improved" for 0.66 → 0.67
    Assessment a =
        IndicatorScorer.score(
            official(new Target.StableOrImprove(0), null, null),
            PLAN_2023_2026,
            data(yearly(2022, 0.66, 2023, 0.67)),
            LATE_2024);
    assertEquals(Status.ACHIEVED, a.status());
    assertEquals(
        "Changed from 0.66 in 2022 to 0.67 in 2023 (+0.01): improved.", a.explanation().english());
    assertEquals(
        "Endret fra 0,66 i 2022 til 0,67 i 2023 (+0,01): bedre.",
        a.explanation().in(Locale.forLanguageTag("nb")));
  }

  @Test
  void aFigureJustShortOfItsTargetIsNotWrittenAsTheTarget() {
    // 89.96 < 90, due 2023: missed; one decimal would write "90 in 2023 misses the target of 90"
    Assessment a =
        IndicatorScorer.score(
            official(new Target.Threshold(90), null, 2023),
            PLAN_2023_2026,
            data(yearly(2023, 89.96)),
            LATE_2024);
    assertEquals(Status.OFF_TRACK, a.status());
    assertEquals(
        "89.96 in 2023 misses the target of at least 90, due 2023.", a.explanation().english());
  }

  @Test
  void ordinaryFiguresKeepOneDecimal() {
    // 50 → 52.34: one decimal tells them apart: "52.3", "+2.3"
    Assessment a =
        IndicatorScorer.score(
            official(new Target.ImproveEveryPeriod(), null, null),
            PLAN_2023_2026,
            data(yearly(2022, 50, 2023, 52.34)),
            LATE_2024);
    assertEquals("Improved from 50 in 2022 to 52.3 in 2023 (+2.3).", a.explanation().english());
  }
}
