package org.barometer.analysis.domain;

/** Whether a breakdown group's figures may be published, and if not, why. */
public enum Visibility {
  SHOWN,
  /** Fewer answers than the minimum: its figures could identify businesses. */
  SUPPRESSED_SMALL,
  /** Large enough, but hidden so a small group cannot be recovered as total minus the others. */
  SUPPRESSED_TO_PROTECT;

  public boolean shown() {
    return this == SHOWN;
  }
}
