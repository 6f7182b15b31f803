package org.barometer.report.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.barometer.analysis.domain.ConfidenceInterval;
import org.barometer.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/** The report's numbers and days as each language writes them. */
class ReportWordsTest {

  @Test
  void pValuesAreWrittenAsATestReportsThem() {
    ReportWords nb = new ReportWords(Language.NB);
    assertEquals("= 0,004", nb.pValue(0.0042));
    assertEquals("= 0,500", nb.pValue(0.5));
    assertEquals("< 0,001", nb.pValue(0.0004)); // never "0"
    assertEquals("= 0.029", new ReportWords(Language.EN).pValue(0.0291));
  }

  @Test
  void figuresAndDaysFollowTheLanguage() {
    ReportWords nb = new ReportWords(Language.NB);
    assertEquals("78", nb.number(78.0, 0)); // no dangling decimal comma
    assertEquals(
        "62,4 (58,1–66,7)",
        nb.estimate(62.44, Optional.of(new ConfidenceInterval(58.06, 66.74, 0.95))));
    assertEquals("1. desember 2026", nb.date(LocalDate.of(2026, 12, 1)));
    assertEquals("1 december 2026", new ReportWords(Language.SV).date(LocalDate.of(2026, 12, 1)));
    assertEquals("38,4 %", nb.percent(0.384));
  }
}
