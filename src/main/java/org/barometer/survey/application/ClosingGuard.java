package org.barometer.survey.application;

import org.barometer.survey.domain.SurveyCycle;

/**
 * A check another feature makes before a cycle closes, for what the survey feature cannot see: the
 * analysis feature refuses a close that would let final results be compared with live results shown
 * a few answers earlier ({@code LiveTailGuard}).
 */
public interface ClosingGuard {

  /**
   * Throws {@link org.barometer.platform.error.ConflictException} if the cycle may not close now.
   *
   * @param responses the cycle's responses now
   */
  void check(SurveyCycle cycle, long responses);
}
