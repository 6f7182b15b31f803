package org.barometer.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class ContentDispositionTest {

  @Test
  void anOrdinaryNameIsTheSameInBothParameters() {
    assertEquals(
        "attachment; filename=\"results-7.csv\"; filename*=UTF-8''results-7.csv",
        ContentDisposition.attachment("results-7.csv"));
  }

  @Test
  void aQuoteCannotEndTheNameAndStartAnother() {
    String header = ContentDisposition.attachment("x.yaml\"; filename=\"evil.html");
    // The quoted name has its quotes and the semicolon replaced; the encoded one keeps them as %22
    // and %3B (RFC 8187: neither is an attr-char).
    assertEquals(
        "attachment; filename=\"x.yaml__ filename=_evil.html\";"
            + " filename*=UTF-8''x.yaml%22%3B%20filename%3D%22evil.html",
        header);
  }

  @Test
  void lineBreaksAndPathsDoNotReachTheHeader() {
    String header = ContentDisposition.attachment("../plan\r\nSet-Cookie: a=b.yaml");
    assertFalse(header.contains("\r") || header.contains("\n"), header);
    assertEquals(
        "attachment; filename=\".._plan__Set-Cookie: a=b.yaml\";"
            + " filename*=UTF-8''..%2Fplan%0D%0ASet-Cookie%3A%20a%3Db.yaml",
        header);
  }

  @Test
  void nonAsciiNamesAreEncodedInUtf8WithAnAsciiStandIn() {
    // "æ" is C3 A6 in UTF-8, "å" C3 A5.
    assertEquals(
        "attachment; filename=\"N_ringsplan S_r.yaml\";"
            + " filename*=UTF-8''N%C3%A6ringsplan%20S%C3%A5r.yaml",
        ContentDisposition.attachment("Næringsplan Sår.yaml"));
  }

  @Test
  void noNameIsADownload() {
    assertEquals(
        "attachment; filename=\"download\"; filename*=UTF-8''download",
        ContentDisposition.attachment(" "));
  }
}
