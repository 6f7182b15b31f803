package org.barometer.platform.health;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Liveness reads what the heap holds after collecting, not the garbage a busy server carries
 * between collections (which once made a healthy CI server report DOWN at 965 of 989 MB).
 */
class ApplicationLivenessTest {

  private static final int MB = 1024 * 1024;

  @Test
  void whatIsHeldCountsAndWhatIsDroppedDoesNot() {
    byte[][] held = new byte[64][];
    for (int i = 0; i < held.length; i++) {
      held[i] = new byte[MB];
    }
    System.gc();
    long withArrays = ApplicationLiveness.heldAfterCollection();
    assertTrue(withArrays >= 64L * MB, "64 MB held: " + withArrays / MB + " MB after collection");

    held = null;
    System.gc();
    long without = ApplicationLiveness.heldAfterCollection();
    assertTrue(
        without <= withArrays - 48L * MB,
        "dropped: " + withArrays / MB + " MB before, " + without / MB + " MB after");
  }
}
