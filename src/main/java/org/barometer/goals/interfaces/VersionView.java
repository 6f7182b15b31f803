package org.barometer.goals.interfaces;

import java.time.Instant;
import java.time.LocalDate;
import org.barometer.goals.domain.PlanVersion;

/**
 * A version of a plan as the list of versions shows it.
 *
 * @param number 1, 2, 3 …
 * @param inForceFrom the first day it is in force
 * @param importedBy who stored it; null for a plan stored before versions were kept
 * @param importedAt when
 * @param reason why the plan changed; empty for a first version without one
 */
public record VersionView(
    int number, LocalDate inForceFrom, String importedBy, Instant importedAt, String reason) {

  public static VersionView of(PlanVersion version) {
    return new VersionView(
        version.number(),
        version.inForceFrom(),
        version.by().orElse(null),
        version.at(),
        version.reason());
  }
}
