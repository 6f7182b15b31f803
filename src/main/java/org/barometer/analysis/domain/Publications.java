package org.barometer.analysis.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The store of the cycles' publications, oldest first per cycle. */
public interface Publications {

  /** Every publication of the cycle, withdrawn ones included, oldest first. */
  List<Publication> of(long cycleId);

  /** The cycle's publication in force: the one not withdrawn. */
  default Optional<Publication> current(long cycleId) {
    return of(cycleId).stream().filter(Publication::current).findFirst();
  }

  /** Stores a new publication. */
  Publication add(Publication publication);

  /** Withdraws the cycle's current publication; empty when it has none. */
  Optional<Publication> withdraw(long cycleId, String by, Instant at);
}
