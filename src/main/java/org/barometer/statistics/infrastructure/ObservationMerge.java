package org.barometer.statistics.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;

/**
 * Moves the staged cells into {@code stat_observation} with two set-based statements, so the work
 * is done by the database's joins rather than a round trip per cell: first the stored versions of
 * the cells that changed are copied to history, then one {@code MERGE} updates those and inserts
 * the new ones. A cell counts as changed when its value, status symbol or note differs ({@code is
 * distinct from}, so null equals null); an unchanged cell is not written at all, which keeps a
 * re-import cheap and idempotent.
 */
final class ObservationMerge {

  private static final String CHANGED =
      "(o.number_value is distinct from s.number_value or o.status is distinct from s.status"
          + " or o.note is distinct from s.note)";

  private static final String HISTORY =
      "insert into stat_observation_history"
          + " (series_id, region_id, period, number_value, status, note, replaced_at)"
          + " select o.series_id, o.region_id, o.period, o.number_value, o.status, o.note, ?"
          + " from stat_stage s join stat_observation o"
          + " on o.series_id = s.series_id and o.region_id = s.region_id and o.period = s.period"
          + " where "
          + CHANGED;

  private static final String MERGE =
      "merge into stat_observation o using stat_stage s"
          + " on o.series_id = s.series_id and o.region_id = s.region_id and o.period = s.period"
          + " when matched and "
          + CHANGED
          + " then update set number_value = s.number_value, status = s.status, note = s.note"
          + " when not matched then insert ("
          + StagingWriter.COLUMNS
          + ") values (s.series_id, s.region_id, s.period, s.period_kind, s.number_value,"
          + " s.status, s.note)";

  private ObservationMerge() {}

  /** What the merge did. */
  record Result(long added, long revised) {}

  static Result merge(Connection c, Timestamp now) throws SQLException {
    long revised;
    try (PreparedStatement history = c.prepareStatement(HISTORY)) {
      history.setTimestamp(1, now);
      revised = history.executeUpdate();
    }
    long merged;
    try (PreparedStatement merge = c.prepareStatement(MERGE)) {
      merged = merge.executeUpdate();
    }
    return new Result(merged - revised, revised);
  }
}
