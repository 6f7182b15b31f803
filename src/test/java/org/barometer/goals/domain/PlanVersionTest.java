package org.barometer.goals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which version of a plan holds on a day. */
class PlanVersionTest {

  private static PlanVersion version(int number, LocalDate inForceFrom) {
    return new PlanVersion(number, inForceFrom, Optional.of("analyst"), Instant.EPOCH, "why");
  }

  private static final PlanVersion V1 = version(1, LocalDate.of(2024, 1, 10));
  private static final PlanVersion V2 = version(2, LocalDate.of(2026, 3, 1));
  private static final PlanVersion V3 = version(3, LocalDate.of(2026, 9, 1));
  private static final List<PlanVersion> ALL = List.of(V1, V2, V3);

  @Test
  void aDayBetweenTwoVersionsUsesTheEarlierOne() {
    assertEquals(V1, PlanVersion.inForceOn(ALL, LocalDate.of(2026, 2, 28)));
    assertEquals(V2, PlanVersion.inForceOn(ALL, LocalDate.of(2026, 8, 31)));
  }

  @Test
  void aVersionHoldsFromItsFirstDayOn() {
    assertEquals(V2, PlanVersion.inForceOn(ALL, LocalDate.of(2026, 3, 1)));
    assertEquals(V3, PlanVersion.inForceOn(ALL, LocalDate.of(2026, 9, 1)));
    assertEquals(V3, PlanVersion.inForceOn(ALL, LocalDate.of(2031, 1, 1)));
  }

  @Test
  void beforeTheFirstVersionIsInForceTheFirstVersionIsUsed() {
    assertEquals(V1, PlanVersion.inForceOn(ALL, LocalDate.of(2019, 6, 1)));
    assertEquals(V1, PlanVersion.inForceOn(List.of(V1), LocalDate.of(2024, 1, 9)));
  }

  @Test
  void theOrderTheVersionsAreGivenInDoesNotMatter() {
    assertEquals(V2, PlanVersion.inForceOn(List.of(V3, V1, V2), LocalDate.of(2026, 5, 1)));
    assertEquals(V1, PlanVersion.inForceOn(List.of(V3, V2, V1), LocalDate.of(2020, 5, 1)));
  }

  @Test
  void aCorrectionInForceFromTheSameDayReplacesTheVersionItCorrects() {
    PlanVersion correction = version(3, LocalDate.of(2026, 3, 1));
    assertEquals(
        correction, PlanVersion.inForceOn(List.of(V1, V2, correction), LocalDate.of(2026, 3, 1)));
  }

  @Test
  void aNewVersionMayNotComeIntoForceBeforeTheLatest() {
    assertTrue(V2.mayBeFollowedFrom(LocalDate.of(2026, 3, 1)));
    assertTrue(V2.mayBeFollowedFrom(LocalDate.of(2026, 3, 2)));
    assertFalse(V2.mayBeFollowedFrom(LocalDate.of(2026, 2, 28)));
  }

  @Test
  void aPlanHasAtLeastOneVersionNumberedFromOne() {
    assertThrows(
        IllegalArgumentException.class, () -> PlanVersion.inForceOn(List.of(), LocalDate.now()));
    assertThrows(IllegalArgumentException.class, () -> version(0, LocalDate.now()));
  }
}
