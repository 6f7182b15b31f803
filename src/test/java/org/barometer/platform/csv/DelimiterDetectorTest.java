package org.barometer.platform.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DelimiterDetectorTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "org_number,name,email,nace,employees | ,",
        "org_number;name;email;nace;employees | ;",
        "\"org;number\",name,email,nace,employees | ,",
        "\"org,number\";\"name, full\";email;nace;employees | ;",
        "org_number | ,",
        "'' | ,"
      })
  void detectsTheDelimiterOutsideQuotes(String headerLine, char expected) {
    assertEquals(expected, DelimiterDetector.detect(headerLine));
  }
}
