package org.barometer.analysis.domain;

import java.util.OptionalLong;

/**
 * For each open cycle, the number of responses its live results were last counted at, kept in the
 * database so that a server restart cannot be used to count them again one answer later.
 */
public interface SnapshotMarks {

  /** The responses at the cycle's last live count, if it was ever counted live. */
  OptionalLong last(long cycleId);

  /** Records a live count at this many responses, replacing the earlier mark. */
  void mark(long cycleId, long responses);
}
