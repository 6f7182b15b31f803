package org.barometer.analysis.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The counts of closed cycles, kept in the database: counting 100,000 responses' answers takes
 * seconds, reading their counts back milliseconds, and a closed cycle's counts never change.
 */
public interface CountsArchive {

  /** What is kept of one cycle: its question and index cells, and driven → driver → sums. */
  record Counts(
      List<CellCount> questionCells,
      List<CellCount> indexCells,
      Map<String, Map<String, PairedSums>> pairs) {}

  Optional<Counts> load(long cycleId);

  /** Keeps a cycle's counts, replacing any kept before. */
  void save(long cycleId, Counts counts);
}
