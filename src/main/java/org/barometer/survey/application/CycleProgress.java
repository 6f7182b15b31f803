package org.barometer.survey.application;

import java.util.List;
import org.barometer.survey.domain.StratumProgress;

/**
 * A cycle's progress: invitations, answers from invited businesses, all responses (which also count
 * imported ones) and the response rate, overall and per stratum; a stratum's answers only where at
 * least the minimum group answered ({@link StratumAnswers}); and how many invitations were answered
 * through a link handed out to staff for a mail merge, which staff could have opened themselves.
 */
public record CycleProgress(
    long invited,
    long answered,
    long answeredThroughHandout,
    long responses,
    double responseRate,
    List<StratumAnswers> strata) {

  static CycleProgress of(
      List<StratumProgress> strata, long answeredThroughHandout, long responses, int minimum) {
    long invited = strata.stream().mapToLong(StratumProgress::invited).sum();
    long answered = strata.stream().mapToLong(StratumProgress::answered).sum();
    return new CycleProgress(
        invited,
        answered,
        answeredThroughHandout,
        responses,
        invited == 0 ? 0 : (double) answered / invited,
        strata.stream().map(s -> StratumAnswers.of(s, minimum)).toList());
  }
}
