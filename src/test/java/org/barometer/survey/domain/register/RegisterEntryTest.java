package org.barometer.survey.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RegisterEntryTest {

  private static RegisterEntry entry(String nace, int employees) {
    return new RegisterEntry(
        OrgNumber.parse("923609016"),
        "Equinor ASA",
        "post@equinor.com",
        NaceCode.parse(nace),
        employees);
  }

  @Test
  void derivesSizeClassAndIndustrySection() {
    RegisterEntry entry = entry("06.100", 20);

    assertEquals(SizeClass.S20_99, entry.sizeClass());
    assertEquals('B', entry.industrySection());
  }

  @Test
  void enforcesTheFieldRules() {
    var org = OrgNumber.parse("923609016");
    var nace = NaceCode.parse("06.100");

    assertThrows(IllegalArgumentException.class, () -> entry("06.100", -1));
    assertThrows(
        IllegalArgumentException.class, () -> new RegisterEntry(org, " ", "a@b.no", nace, 1));
    assertThrows(
        IllegalArgumentException.class, () -> new RegisterEntry(org, "Equinor", "a@", nace, 1));
    assertThrows(NullPointerException.class, () -> new RegisterEntry(null, "E", "a@b.no", nace, 1));
  }
}
