package org.barometer.survey.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FieldRulesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "post@equinor.com",
        "firmapost@brreg.no",
        "ola.nordmann+barometer@kommune.example.no",
        "info@bodø.no"
      })
  void acceptsPlainAddresses(String email) {
    assertEquals(email, FieldRules.email(email));
  }

  @Test
  void stripsSurroundingSpacesFromAddresses() {
    assertEquals("post@equinor.com", FieldRules.email("  post@equinor.com "));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "x@ | nothing after the @",
        "@example.no | nothing before the @",
        "post.example.no | exactly one @",
        "a@b@example.no | exactly one @",
        "post@localhost | has no dot",
        "post@example. | empty part",
        "post@.example.no | empty part",
        "post@example..no | empty part",
        "'ola nordmann@example.no' | contains a space",
        "'a@example.no;b@example.no' | exactly one @"
      })
  void refusesBrokenAddressesSayingWhy(String email, String reason) {
    var e = assertThrows(IllegalArgumentException.class, () -> FieldRules.email(email));

    assertTrue(e.getMessage().contains("is not a valid e-mail address"), e.getMessage());
    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }

  @Test
  void refusesOverlongAddresses() {
    String email = "a".repeat(64) + "@" + "b".repeat(186) + ".no"; // 64 + 1 + 189 = 254
    assertEquals(email, FieldRules.email(email));

    var e = assertThrows(IllegalArgumentException.class, () -> FieldRules.email("a" + email));
    assertEquals(255, ("a" + email).length());
    assertTrue(e.getMessage().contains("longer than 254"), e.getMessage());
  }

  @Test
  void refusesMissingAddress() {
    assertThrows(IllegalArgumentException.class, () -> FieldRules.email(" "));
  }

  @Test
  void namesMayHaveUpTo200Characters() {
    assertEquals("ø".repeat(200), FieldRules.name("ø".repeat(200)));

    var e = assertThrows(IllegalArgumentException.class, () -> FieldRules.name("x".repeat(201)));
    assertTrue(e.getMessage().contains("201 characters"), e.getMessage());
  }

  @Test
  void namesAreStrippedAndMustNotBeBlankOrMultiLine() {
    assertEquals("Equinor ASA", FieldRules.name("  Equinor ASA "));
    assertThrows(IllegalArgumentException.class, () -> FieldRules.name("   "));
    assertThrows(IllegalArgumentException.class, () -> FieldRules.name("Equinor\nASA"));
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "12, 12", "' 12 ', 12", "007, 7", "2147483647, 2147483647"})
  void acceptsWholeNumbersOfEmployees(String raw, int expected) {
    assertEquals(expected, FieldRules.employees(raw));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "12.5 | whole number",
        "'12,5' | whole number",
        "many | whole number",
        "+5 | whole number",
        "'1 200' | whole number",
        "-1 | cannot be negative",
        "99999999999 | too large",
        "'' | missing"
      })
  void refusesOtherEmployeeCounts(String raw, String reason) {
    var e = assertThrows(IllegalArgumentException.class, () -> FieldRules.employees(raw));

    assertTrue(e.getMessage().contains(reason), e.getMessage());
  }
}
