package org.barometer.goals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A plan's years as its header shows them, in each page language (issue 14, point 10). */
class PlanPeriodTest {

  private static final Locale NB = Locale.forLanguageTag("nb");
  private static final Locale SV = Locale.forLanguageTag("sv");

  @Test
  void anOpenStartIsWrittenInThePagesLanguage() {
    PlanPeriod drammen = PlanPeriod.parse("to 2030");
    assertEquals("til 2030", drammen.phrase().in(NB));
    assertEquals("till 2030", drammen.phrase().in(SV));
    assertEquals("to 2030", drammen.phrase().in(Locale.ENGLISH));
  }

  @Test
  void aSpanHasAnEnDashAndNoThousandsSeparator() {
    PlanPeriod sandefjord = PlanPeriod.parse("2023-2026");
    assertEquals("2023\u20132026", sandefjord.phrase().in(NB));
    assertEquals("2023\u20132026", sandefjord.phrase().in(SV));
    assertEquals("2023-2026", sandefjord.text(), "the file's own text is unchanged");
  }
}
