package org.barometer.actionplan.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What staff write about an activity, to create it or to change it whole: every field is replaced.
 * An owner is named by name and e-mail together (the unit may stay empty); both left empty means no
 * owner yet.
 *
 * @param goalIds the ids of the plan's goals the activity serves; at least one
 */
public record ActivityDraft(
    String title,
    String description,
    String ownerName,
    String ownerUnit,
    String ownerEmail,
    String partners,
    LocalDate startsOn,
    LocalDate endsOn,
    List<String> goalIds) {

  public ActivityDraft {
    goalIds = goalIds == null ? List.of() : List.copyOf(goalIds);
  }

  /** Whether the draft names no owner at all. */
  boolean withoutOwner() {
    return blank(ownerName) && blank(ownerEmail) && blank(ownerUnit);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
