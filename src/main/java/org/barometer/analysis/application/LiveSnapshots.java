package org.barometer.analysis.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.barometer.analysis.domain.SnapshotMarks;

/**
 * Live results of an open cycle, counted in steps so that they never change by one answer. Staff
 * know who has answered (the links export lists who has not); if results moved with every answer,
 * the results before and after one business's answer would be that answer.
 *
 * <p>The rule: the live counts are a snapshot, counted again only once at least the survey's
 * minimum group (k) of answers has come in since the last snapshot. Any two snapshots staff can see
 * differ by k answers or more, as a breakdown group differs from the total by at least k. Before
 * the first k answers there is nothing to show. The last snapshot's number of responses is kept in
 * the database ({@link SnapshotMarks}); after a server restart, until the next step, there is
 * nothing to show either, since the old snapshot is gone and counting now could be one answer
 * later.
 *
 * <p>The snapshot's responses are read after its answers were counted, so they are at least the
 * answers it holds; the next snapshot then holds at least k more.
 */
@ApplicationScoped
public class LiveSnapshots {

  /** What is shown of a cycle: at how many responses it was counted, and the counts (or none). */
  private record Held(long responses, CycleCounts counts) {}

  private final Map<Long, Held> held = new ConcurrentHashMap<>();

  @Inject SnapshotMarks marks;

  protected LiveSnapshots() {}

  LiveSnapshots(SnapshotMarks marks) {
    this.marks = marks;
  }

  /**
   * The counts to show for an open cycle.
   *
   * @param step k, the survey's minimum group
   * @param responsesNow how many responses the cycle has now
   * @param fresh counts the cycle now
   * @param waiting counts with nothing in them, for when there is no snapshot to show; given the
   *     number of responses the next snapshot will be taken at
   */
  synchronized CycleCounts counts(
      long cycleId,
      int step,
      long responsesNow,
      Supplier<CycleCounts> fresh,
      LongFunction<CycleCounts> waiting) {
    Held shown = held.get(cycleId);
    if (shown == null) {
      shown = new Held(marks.last(cycleId).orElse(0), null);
    }
    if (responsesNow >= shown.responses() + step) {
      CycleCounts counted = fresh.get();
      long at = counted.responses();
      marks.mark(cycleId, at);
      shown = new Held(at, counted.refreshedAt(at + step));
    }
    held.put(cycleId, shown);
    return shown.counts() != null ? shown.counts() : waiting.apply(shown.responses() + step);
  }
}
