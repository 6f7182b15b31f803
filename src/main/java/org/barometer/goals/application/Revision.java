package org.barometer.goals.application;

import java.time.LocalDate;

/**
 * Who changes a plan, why, and from which day the change holds: what an import says beside the
 * file.
 *
 * @param by the staff user's name
 * @param reason why the plan changed; required from the second version on, optional for the first
 * @param inForceFrom the first day the new version holds; null for the day it is imported
 */
public record Revision(String by, String reason, LocalDate inForceFrom) {

  /** The longest reason kept (the column's size). */
  public static final int MAX_REASON = 2000;

  public Revision {
    by = by == null ? "" : by.strip();
    reason = reason == null ? "" : reason.strip();
  }

  /** A first version by a user, in force from the day it is imported. */
  public static Revision by(String user) {
    return new Revision(user, "", null);
  }
}
