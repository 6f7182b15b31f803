package org.barometer.analysis.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** A hand case; the comparison with R's p.adjust on generated families is in TrendReferenceTest. */
class HolmTest {

  @Test
  void stepDownByHand() {
    // p = .01, .04, (untested), .03, .005: m = 4, sorted .005 .01 .03 .04
    // ×4 = .02, ×3 = .03, ×2 = .06, ×1 = .04 → running max .02 .03 .06 .06
    List<OptionalDouble> adjusted =
        Holm.adjust(
            List.of(
                OptionalDouble.of(0.01),
                OptionalDouble.of(0.04),
                OptionalDouble.empty(),
                OptionalDouble.of(0.03),
                OptionalDouble.of(0.005)));
    assertEquals(0.03, adjusted.get(0).getAsDouble(), 1e-15);
    assertEquals(0.06, adjusted.get(1).getAsDouble(), 1e-15);
    assertTrue(adjusted.get(2).isEmpty());
    assertEquals(0.06, adjusted.get(3).getAsDouble(), 1e-15);
    assertEquals(0.02, adjusted.get(4).getAsDouble(), 1e-15);
  }

  @Test
  void neverAboveOneAndRefusesWhatIsNoPValue() {
    assertEquals(
        1.0,
        Holm.adjust(List.of(OptionalDouble.of(0.6), OptionalDouble.of(0.7))).get(0).getAsDouble());
    assertTrue(Holm.adjust(List.of()).isEmpty());
    assertThrows(
        IllegalArgumentException.class, () -> Holm.adjust(List.of(OptionalDouble.of(1.5))));
  }
}
