package org.barometer.survey.application;

import org.barometer.survey.domain.StratumProgress;

/**
 * A stratum's progress as staff see it. How many of a stratum answered is shown, with its response
 * rate, only where at least the survey's minimum group answered; otherwise only that it was fewer
 * ({@code answeredFewerThan}), so that "0" and "1" look the same. A stratum with one business that
 * answered would otherwise name it: the links export lists who has not answered.
 *
 * @param answered null where fewer than the minimum answered
 * @param responseRate null where {@code answered} is
 * @param answeredFewerThan the minimum, where {@code answered} is null; null otherwise
 */
public record StratumAnswers(
    String industry,
    String sizeClass,
    long invited,
    Long answered,
    Double responseRate,
    Integer answeredFewerThan) {

  static StratumAnswers of(StratumProgress stratum, int minimum) {
    return stratum.answered() >= minimum
        ? new StratumAnswers(
            stratum.industry(),
            stratum.sizeClass(),
            stratum.invited(),
            stratum.answered(),
            stratum.responseRate(),
            null)
        : new StratumAnswers(
            stratum.industry(), stratum.sizeClass(), stratum.invited(), null, null, minimum);
  }
}
