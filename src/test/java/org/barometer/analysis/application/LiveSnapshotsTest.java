package org.barometer.analysis.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.barometer.analysis.infrastructure.JdbcSnapshotMarks;
import org.barometer.platform.error.ConflictException;
import org.barometer.survey.domain.CycleStatus;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The step rule of live results at k = 3, with the marks in a real H2 database with the real
 * migrations: a snapshot only after 3 more responses, and after a restart none until the next step.
 */
class LiveSnapshotsTest {

  private static JdbcSnapshotMarks marks;

  @BeforeAll
  static void database() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:live;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into survey values (1, 's', 'S', 'business-climate', 3, current_timestamp)");
      for (int cycle : new int[] {10, 11}) {
        s.execute(
            "insert into survey_cycle (id, survey_id, label, status, template_code,"
                + " template_version, template_text) values ("
                + cycle
                + ", 1, 'c"
                + cycle
                + "', 'OPEN', 't', 1, 'x')");
      }
    }
    marks = new JdbcSnapshotMarks(h2);
  }

  /** Counts that say only how many responses they were counted at. */
  private static CycleCounts counted(long responses) {
    return new CycleCounts(
        10,
        "s",
        "S",
        "c",
        CycleStatus.OPEN,
        null,
        null,
        3,
        null,
        List.of(),
        0,
        0,
        responses,
        List.of(),
        List.of(),
        Map.of());
  }

  private final List<Long> counts = new ArrayList<>();

  /** As the loader asks: now {@code now} responses; counting finds {@code found}. */
  private CycleCounts ask(LiveSnapshots live, long now, long found) {
    return live.counts(
        10,
        3,
        now,
        () -> {
          counts.add(found);
          return counted(found);
        },
        refreshAt -> counted(0).waitingUntil(refreshAt));
  }

  @Test
  void countedOnlyAfterEveryThreeAnswersAndAfterARestartOnlyAtTheNextStep() {
    LiveSnapshots live = new LiveSnapshots(marks);
    // 0 and 2 responses: nothing to show, the first snapshot at 3
    assertEquals(0, ask(live, 0, 0).responses());
    CycleCounts two = ask(live, 2, 2);
    assertEquals(0, two.responses());
    assertEquals(3L, two.liveRefreshAt());
    assertEquals(List.of(), counts);

    CycleCounts three = ask(live, 3, 3);
    assertEquals(3, three.responses());
    assertEquals(6L, three.liveRefreshAt());
    assertEquals(OptionalLong.of(3), marks.last(10));
    // a fourth and a fifth answer change nothing: the same snapshot, not counted again
    assertSame(three, ask(live, 4, 4));
    assertSame(three, ask(live, 5, 5));
    assertEquals(List.of(3L), counts);

    // at 6 it is counted again; an answer arriving while counting makes it 7, and 7 + 3 is next
    CycleCounts seven = ask(live, 6, 7);
    assertEquals(7, seven.responses());
    assertEquals(10L, seven.liveRefreshAt());
    assertEquals(OptionalLong.of(7), marks.last(10));

    // a restart: the snapshot is gone; counting at 8 or 9 would be one or two answers after 7
    LiveSnapshots restarted = new LiveSnapshots(marks);
    CycleCounts nine = ask(restarted, 9, 9);
    assertEquals(0, nine.responses());
    assertEquals(10L, nine.liveRefreshAt());
    assertEquals(List.of(3L, 7L), counts);
    assertEquals(10, ask(restarted, 10, 10).responses());
    assertEquals(OptionalLong.of(10), marks.last(10));
  }

  @Test
  void closingIsRefusedBetweenTheLastShownSnapshotAndTheNextStep() {
    LiveTailGuard guard = new LiveTailGuard(marks);
    // never shown live: closes at any count
    guard.check(11, "c11", 3, 1);
    marks.mark(11, 4);
    // shown at 4: 4 (nothing new) and from 4 + 3 = 7 on may close; 5 and 6 may not
    guard.check(11, "c11", 3, 4);
    for (long responses : new long[] {5, 6}) {
      var refused =
          assertThrows(ConflictException.class, () -> guard.check(11, "c11", 3, responses));
      assertEquals("cycle", refused.field());
      assertTrue(refused.getMessage().contains("once it has 7 responses"), refused.getMessage());
    }
    guard.check(11, "c11", 3, 7);
    guard.check(11, "c11", 3, 12);
  }
}
