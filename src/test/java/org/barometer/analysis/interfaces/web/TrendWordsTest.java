package org.barometer.analysis.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.barometer.analysis.application.TrendPoint;
import org.barometer.analysis.domain.Visibility;
import org.barometer.analysis.domain.WeightedTrend;
import org.barometer.platform.i18n.Language;
import org.barometer.survey.domain.CycleStatus;
import org.junit.jupiter.api.Test;

/** The trend's sentence and legend in Norwegian and English, from a slope worked by hand. */
class TrendWordsTest {

  private static TrendPoint point(String label, int year, double estimate, boolean provisional) {
    return new TrendPoint(
        year,
        label,
        provisional ? CycleStatus.OPEN : CycleStatus.CLOSED,
        provisional,
        OptionalDouble.of(year),
        Visibility.SHOWN,
        30L,
        OptionalDouble.of(estimate),
        Optional.empty(),
        false,
        Optional.empty());
  }

  // 3.2 (se .3) in 2020 → 3.9 (se .4) in 2022: slope .35 a year, se .25, z 1.4, p 0.1615
  // (WeightedTrendTest); 95 % interval .35 ± 1.959964·.25 = −0.140 .. 0.840
  private static final WeightedTrend SLOPE =
      WeightedTrend.of(
          List.of(
              new WeightedTrend.Point(2020, 3.2, 0.3), new WeightedTrend.Point(2022, 3.9, 0.4)));
  private static final List<TrendPoint> POINTS =
      List.of(
          point("2020", 2020, 3.2, false),
          point("2022", 2022, 3.9, false),
          point("2023", 2023, 4.4, true));

  @Test
  void theSlopeInNorwegianNamesTheClosedYearsOnly() {
    TrendWords nb = new TrendWords(Language.NB);
    assertEquals(
        "Trend over de avsluttede undersøkelsene 2020–2022: +0,350 per år"
            + " (95 % KI -0,140 til 0,840, p = 0,162), ingen signifikant trend.",
        nb.sentence(SLOPE, POINTS, false).replace('\u2212', '-'));
    assertEquals("Trend (avsluttede): +0,350 per år, p = 0,162", nb.legend(SLOPE, false));
    assertEquals("2023 (foreløpig)", nb.cycle(POINTS.get(2)));
    assertEquals("2022", nb.cycle(POINTS.get(1)));
  }

  @Test
  void englishAndNoSlope() {
    TrendWords en = new TrendWords(Language.EN);
    assertEquals("Trend (closed cycles): +0.35 per year, p = 0.162", en.legend(SLOPE, true));
    WeightedTrend none = WeightedTrend.of(List.of(new WeightedTrend.Point(2020, 3, 0.2)));
    assertEquals(
        "No trend is computed: it needs at least two closed cycles with figures, from different"
            + " years.",
        en.sentence(none, POINTS, false));
    assertNull(en.legend(none, false));
    assertEquals("< 0.001", en.pEquals(0.0004));
    // a slope that rounds to zero carries no sign
    assertEquals("0.00", en.signed(0.0001, 2));
    assertEquals("+0.01", en.signed(0.009, 2));
  }
}
