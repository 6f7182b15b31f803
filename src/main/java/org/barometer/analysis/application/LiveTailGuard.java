package org.barometer.analysis.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import org.barometer.analysis.domain.SnapshotMarks;
import org.barometer.platform.error.ConflictException;
import org.barometer.survey.application.ClosingGuard;
import org.barometer.survey.domain.CycleStatus;
import org.barometer.survey.domain.SurveyCycle;

/**
 * Closing is a step of the live results too. The final results, and the export, hold every answer;
 * compared with the last live snapshot staff saw ({@link LiveSnapshots}), they show the answers
 * that came in after it. So an open cycle whose live results were shown at m responses closes only
 * at m responses (nothing new) or at m + k and more (k, the survey's minimum group); in between,
 * closing is refused with the number to wait for.
 */
@ApplicationScoped
public class LiveTailGuard implements ClosingGuard {

  @Inject SnapshotMarks marks;

  protected LiveTailGuard() {}

  LiveTailGuard(SnapshotMarks marks) {
    this.marks = marks;
  }

  @Override
  public void check(SurveyCycle cycle, long responses) {
    if (cycle.status() == CycleStatus.OPEN) {
      check(cycle.id(), cycle.label(), cycle.survey().minGroupSize(), responses);
    }
  }

  void check(long cycleId, String label, int minimum, long responses) {
    OptionalLong shown = marks.last(cycleId);
    if (shown.isPresent()
        && responses > shown.getAsLong()
        && responses < shown.getAsLong() + minimum) {
      throw new ConflictException(
          "cycle",
          "Live results of "
              + label
              + " were shown at "
              + shown.getAsLong()
              + " responses; closing at "
              + responses
              + " would let the final results, compared with them, show the "
              + (responses - shown.getAsLong())
              + " answers since. The cycle can close once it has "
              + (shown.getAsLong() + minimum)
              + " responses (the survey's minimum group of "
              + minimum
              + " more).");
    }
  }
}
