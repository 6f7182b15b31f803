package org.barometer.goals.interfaces;

import java.time.LocalDate;
import org.barometer.goals.domain.PlanVersion;

/**
 * Which version of a plan an answer is about.
 *
 * @param number 1, 2, 3 …
 * @param inForceFrom the first day it is in force
 */
public record VersionRef(int number, LocalDate inForceFrom) {

  public static VersionRef of(PlanVersion version) {
    return new VersionRef(version.number(), version.inForceFrom());
  }
}
