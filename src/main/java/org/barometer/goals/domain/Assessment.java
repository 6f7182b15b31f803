package org.barometer.goals.domain;

import java.util.Objects;
import java.util.Optional;
import org.barometer.shared.Period;

/**
 * An indicator's status in a period, with the evidence and the sentence that says why.
 *
 * @param period the period assessed (the latest figure's); empty when there is no figure
 */
public record Assessment(
    String indicatorId,
    Optional<Period> period,
    Status status,
    Evidence evidence,
    Phrase explanation) {

  public Assessment {
    Objects.requireNonNull(indicatorId, "indicatorId");
    period = period == null ? Optional.empty() : period;
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(explanation, "explanation");
  }
}
