package org.barometer.goals.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One version of a plan: a plan changes when the council revises it (Stenungsund every fourth year)
 * or the office rolls it forward (Sarpsborg every year), and each change is kept as a new version
 * beside the old ones, numbered 1, 2, 3 … in the order they were stored.
 *
 * @param number 1 for the plan as first imported, then one more for each change
 * @param inForceFrom the first day this version is the plan: scoring a day uses the version in
 *     force that day ({@link #inForceOn})
 * @param by who stored it (the staff user); empty for plans stored before versions were kept
 * @param at when it was stored
 * @param reason why the plan changed, in the office's words ("Revised by the city council on 12
 *     February 2026"); may be empty for version 1
 */
public record PlanVersion(
    int number, LocalDate inForceFrom, Optional<String> by, Instant at, String reason) {

  public PlanVersion {
    if (number < 1) {
      throw new IllegalArgumentException("A version number starts at 1: " + number);
    }
    Objects.requireNonNull(inForceFrom, "inForceFrom");
    by = by == null ? Optional.empty() : by;
    Objects.requireNonNull(at, "at");
    reason = reason == null ? "" : reason.strip();
  }

  /**
   * The version in force on a day: of the versions in force on or before that day, the latest (the
   * highest number); before the first version comes into force, version 1, as a plan is read by its
   * first version for the days before it was adopted.
   *
   * @param versions a plan's versions, in any order; not empty
   * @throws IllegalArgumentException when there is no version
   */
  public static PlanVersion inForceOn(List<PlanVersion> versions, LocalDate day) {
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("A plan has at least one version");
    }
    Comparator<PlanVersion> byNumber = Comparator.comparingInt(PlanVersion::number);
    return versions.stream()
        .filter(v -> !v.inForceFrom().isAfter(day))
        .max(byNumber)
        .orElseGet(() -> versions.stream().min(byNumber).orElseThrow());
  }

  /**
   * Whether a new version may come into force on a day after this one: not before this one, so that
   * the versions are in force one after the other in the order of their numbers. (A new version in
   * force from the same day replaces this one from that day: a correction.)
   */
  public boolean mayBeFollowedFrom(LocalDate day) {
    return !day.isBefore(inForceFrom);
  }
}
