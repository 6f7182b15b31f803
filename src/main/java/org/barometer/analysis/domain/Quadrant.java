package org.barometer.analysis.domain;

/**
 * Where a service factor falls in the priority matrix, by its score (how satisfied businesses are)
 * and its impact (how strongly it goes with overall satisfaction).
 */
public enum Quadrant {
  /** High score, high impact: "behåll" / keep up the good work. */
  KEEP,
  /** High score, low impact: good, but matters little for the overall judgement. */
  LOWER_PRIORITY,
  /** Low score, low impact: improve if resources allow. */
  IMPROVE_IF_POSSIBLE,
  /** Low score, high impact: where improvement pays most. */
  PRIORITISE;

  /** High means at or above the split. */
  static Quadrant of(boolean highScore, boolean highImpact) {
    if (highScore) {
      return highImpact ? KEEP : LOWER_PRIORITY;
    }
    return highImpact ? PRIORITISE : IMPROVE_IF_POSSIBLE;
  }
}
