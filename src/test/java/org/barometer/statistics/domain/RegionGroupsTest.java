package org.barometer.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.barometer.shared.Country;
import org.barometer.shared.RegionCode;
import org.junit.jupiter.api.Test;

class RegionGroupsTest {

  static final RegionGroups SHIPPED = RegionGroups.shipped();

  static List<String> codes(RegionGroup g) {
    return g.members().stream().map(RegionCode::code).toList();
  }

  @Test
  void shipsFourGroups() {
    assertEquals(
        List.of("EKG11", "ASSS", "VESTFOLD_GRENLAND", "GR"),
        SHIPPED.all().stream().map(RegionGroup::code).toList());
  }

  @Test
  void asssHasTheTwelveLargestMunicipalitiesWith2024Numbers() {
    RegionGroup asss = SHIPPED.group("ASSS").orElseThrow();
    assertEquals(RegionGroup.Kind.ASSS, asss.kind());
    assertEquals(12, asss.members().size());
    // Oslo 0301 (leading zero kept), Drammen 3301, Tromsø 5501, Bergen 4601, Trondheim 5001.
    assertTrue(codes(asss).containsAll(List.of("0301", "3301", "5501", "4601", "5001")));
    assertTrue(asss.members().stream().allMatch(m -> m.country() == Country.NO));
  }

  @Test
  void vestfoldOgGrenlandHasSixPlusSixMunicipalities() {
    RegionGroup vg = SHIPPED.group("VESTFOLD_GRENLAND").orElseThrow();
    assertEquals(12, vg.members().size());
    assertTrue(codes(vg).containsAll(List.of("3907", "3911", "4001", "4003", "4010")));
  }

  @Test
  void gothenburgRegionHasThirteenSwedishMunicipalities() {
    RegionGroup gr = SHIPPED.group("GR").orElseThrow();
    assertEquals(13, gr.members().size());
    assertTrue(gr.members().stream().allMatch(m -> m.country() == Country.SE));
    // Göteborg 1480, Stenungsund 1415, Kungsbacka 1384 (Hallands län).
    assertTrue(codes(gr).containsAll(List.of("1480", "1415", "1384")));
  }

  @Test
  void kostraGroupIsShippedWithoutMembers() {
    RegionGroup ekg11 = SHIPPED.group("EKG11").orElseThrow();
    assertEquals(RegionGroup.Kind.KOSTRA, ekg11.kind());
    assertFalse(ekg11.hasMembers());
  }

  @Test
  void readsAUserGroupAndNormalisesSsbCodes() throws Exception {
    RegionGroups g =
        RegionGroups.read(
            new StringReader("# comment\n\nRIVALS;user;NO;Konkurrenter;K_3301, 3907\n"));
    RegionGroup rivals = g.group("RIVALS").orElseThrow();
    assertEquals(RegionGroup.Kind.USER, rivals.kind());
    assertEquals(List.of("3301", "3907"), codes(rivals));
  }

  @Test
  void refusesBadLinesNamingTheLine() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RegionGroups.read(new StringReader("\nX;USER;NO;only four fields\n")));
    assertTrue(e.getMessage().startsWith("Line 2"), e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> RegionGroups.read(new StringReader("X;USER;NO;twice;3907,3907\n")));
    assertThrows(
        IllegalArgumentException.class,
        () -> RegionGroups.read(new StringReader("X;USER;NO;a county;30\n")));
    assertThrows(
        IllegalArgumentException.class,
        () -> RegionGroups.read(new StringReader("X;USER;NO;a;3907\nX;USER;NO;b;3901\n")));
  }
}
