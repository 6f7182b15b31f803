package org.barometer.statistics.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.barometer.statistics.domain.MunicipalityHistory.CodeChange;

/**
 * The municipal code changes fetched from KLASS, kept beside the shipped ones (which stay in the
 * application): the latest fetch replaces the one before.
 */
public interface MunicipalityChangeStore {

  /** The rows of the latest fetch, in no particular order; empty before the first. */
  List<CodeChange> fetched();

  /** When the latest fetch was stored, if there was one. */
  Optional<Instant> fetchedAt();

  /** Replaces every fetched row with {@code rows}, in one transaction. */
  void replace(List<CodeChange> rows, Instant fetchedAt);
}
