package org.barometer.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.barometer.shared.Country;
import org.barometer.shared.RegionCode;
import org.barometer.shared.RegionCode.Kind;
import org.barometer.shared.RegionCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Codes taken from the real files listed in /work/shared/data/official-stats/SOURCES.md. */
class RegionCodesTest {

  @ParameterizedTest
  @CsvSource({
    // SSB 12191/12367 (KOKkommuneregion0000) and 06913 (K_ prefix)
    "3001,    MUNICIPALITY, 3001",
    "K_3001,  MUNICIPALITY, 3001",
    "K_3002,  MUNICIPALITY, 3002",
    "k_3001,  MUNICIPALITY, 3001",
    "0301,    MUNICIPALITY, 0301",
    "K_0301,  MUNICIPALITY, 0301",
    "EAK,     COUNTRY,      NO",
    "0,       COUNTRY,      NO",
    "EAKUO,   OTHER,        EAKUO",
    "EKG16,   GROUP,        EKG16",
    "EKG17,   GROUP,        EKG17",
    "EKG11,   GROUP,        EKG11",
    "ekg11,   GROUP,        EKG11",
    "EKG1,    GROUP,        EKG01",
    "ASSS,    GROUP,        ASSS",
    "F_30,    COUNTY,       30",
    "30,      COUNTY,       30",
    "03,      COUNTY,       03",
    // SSB 07221 price regions are not municipalities
    "TOTAL,   OTHER,        TOTAL",
    "001,     OTHER,        001",
    "00,      OTHER,        00",
    "' 3001 ', MUNICIPALITY, 3001",
  })
  void norwegianCodes(String written, Kind kind, String code) {
    RegionCode region = RegionCodes.normalise(written, Country.NO);
    assertEquals(new RegionCode(Country.NO, kind, code), region);
  }

  @ParameterizedTest
  @CsvSource({
    // SCB TAB6471 (counties 01-25), TAB005 and BE0101D1 (all kommuner)
    "00,     COUNTRY,      SE",
    "0000,   COUNTRY,      SE",
    "01,     COUNTY,       01",
    "03,     COUNTY,       03",
    "14,     COUNTY,       14",
    "25,     COUNTY,       25",
    "0114,   MUNICIPALITY, 0114",
    "0181,   MUNICIPALITY, 0181",
    "1480,   MUNICIPALITY, 1480",
    "2584,   MUNICIPALITY, 2584",
    "G33970, GROUP,        G33970",
    "26,     OTHER,        26",
    "9999,   OTHER,        9999",
    "1+2,    OTHER,        1+2",
  })
  void swedishCodes(String written, Kind kind, String code) {
    RegionCode region = RegionCodes.normalise(written, Country.SE);
    assertEquals(new RegionCode(Country.SE, kind, code), region);
  }

  @Test
  void theSameDigitsMeanDifferentRegionsPerOffice() {
    assertEquals(
        new RegionCode(Country.NO, Kind.COUNTY, "03"), RegionCodes.normalise("03", Country.NO));
    assertEquals(
        new RegionCode(Country.SE, Kind.COUNTY, "03"), RegionCodes.normalise("03", Country.SE));
    assertEquals(Kind.OTHER, RegionCodes.normalise("EAK", Country.SE).kind());
  }

  @Test
  void finnishMunicipalitiesAreOtherWithoutACountry() {
    for (Country office : Country.values()) {
      RegionCode ku = RegionCodes.normalise("KU020", office);
      assertEquals(Kind.OTHER, ku.kind());
      assertEquals("KU020", ku.code());
      assertNull(ku.country());
    }
  }

  @Test
  void kostraGroupNumberAndCountyOfAMunicipality() {
    assertEquals(OptionalInt.of(11), RegionCodes.normalise("EKG11", Country.NO).kostraGroup());
    assertEquals(OptionalInt.empty(), RegionCodes.normalise("ASSS", Country.NO).kostraGroup());
    assertEquals(OptionalInt.empty(), RegionCodes.normalise("3001", Country.NO).kostraGroup());
    assertEquals(
        Optional.of(new RegionCode(Country.NO, Kind.COUNTY, "30")),
        RegionCodes.normalise("K_3001", Country.NO).county());
    assertEquals(
        Optional.of(new RegionCode(Country.SE, Kind.COUNTY, "01")),
        RegionCodes.normalise("0114", Country.SE).county());
    assertEquals(Optional.empty(), RegionCodes.normalise("EAK", Country.NO).county());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   "})
  void refusesBlankCodes(String written) {
    assertThrows(IllegalArgumentException.class, () -> RegionCodes.normalise(written, Country.NO));
  }

  @Test
  void aRegionOtherThanOtherNeedsACountry() {
    var e =
        assertThrows(
            IllegalArgumentException.class, () -> new RegionCode(null, Kind.MUNICIPALITY, "3001"));
    assertTrue(e.getMessage().contains("3001"));
  }
}
