package org.barometer.meeting.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.barometer.meeting.MeetingWorld;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * V18 turns the free-text goal_ref of follow-up points into plan and goal ids where the text names
 * a stored plan and a goal its document has; every other value leaves no link. On H2, or on the
 * PostgreSQL database of {@code -Dbarometer.meetings.pg.url} (which it empties).
 */
class DialogueMigrationTest {

  private static final String PLAN =
      "id: sandefjord-2023-2026\n"
          + "goals:\n"
          + "  - id: jobs\n"
          + "    title: Jobs\n"
          + "    goals:\n"
          + "      - id: \"tax-income\"\n"
          + "        title: Tax\n"
          + "  - id: jobs-growth\n"
          + "    title: Jobs growth\n";

  @Test
  void goalReferencesBecomeLinksWhereTheyParseAndMatch() throws SQLException {
    DataSource db = database();
    // the migrations up to the one before V18, whichever that is (others take V16 and V17)
    String before =
        java.util.Arrays.stream(
                Flyway.configure()
                    .dataSource(db)
                    .locations("classpath:db/migration")
                    .load()
                    .info()
                    .all())
            .map(m -> m.getVersion())
            .filter(v -> v.compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion("18")) < 0)
            .max(Comparable::compareTo)
            .orElseThrow()
            .getVersion();
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration")
        .target(before)
        .load()
        .migrate();
    Map<String, String> refs = new LinkedHashMap<>();
    refs.put("plain", "sandefjord-2023-2026/jobs");
    refs.put("quoted", "sandefjord-2023-2026/tax-income");
    refs.put("spaces", " sandefjord-2023-2026 / jobs-growth ");
    refs.put("prefix of a goal", "sandefjord-2023-2026/job");
    refs.put("no such plan", "drammen-2030/jobs");
    refs.put("no slash", "Tomter på Fokserød");
    refs.put("wildcard", "sandefjord-2023-2026/j%");
    refs.put("empty goal", "sandefjord-2023-2026/");
    refs.put("none", null);
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      // since V17 a plan's document is kept per version; goal_plan names the latest
      s.executeUpdate(
          "insert into goal_plan (id, municipality_code, municipality_name, country, title,"
              + " period, file_name, imported_at) values ('sandefjord-2023-2026', '3907',"
              + " 'Sandefjord', 'NO', 'Plan', '2023-2026', 'p.yaml', current_timestamp)");
      try (PreparedStatement p =
          c.prepareStatement(
              "insert into goal_plan_version (plan_id, version_number, file_name, document,"
                  + " imported_at, reason, in_force_from) values ('sandefjord-2023-2026', 1,"
                  + " 'p.yaml', ?, current_timestamp, '', current_date)")) {
        p.setString(1, PLAN);
        p.executeUpdate();
      }
      s.executeUpdate(
          "insert into meeting_forum (id, name, organiser, created_at)"
              + " values (1, 'F', 'O', current_timestamp)");
      s.executeUpdate(
          "insert into meeting (id, forum_id, calendar_uid, title, starts_local, ends_local,"
              + " time_zone, capacity, registration_deadline, access, language, status,"
              + " created_at, updated_at) values (1, 1, 'u', 'M', timestamp '2027-03-15 08:00:00',"
              + " timestamp '2027-03-15 09:00:00', 'Europe/Oslo', 5, timestamp '2027-03-14"
              + " 08:00:00', 'OPEN', 'nb', 'SCHEDULED', current_timestamp, current_timestamp)");
      try (PreparedStatement p =
          c.prepareStatement(
              "insert into meeting_follow_up (meeting_id, text, owner, due_on, status, goal_ref,"
                  + " created_at, updated_at) values (1, ?, 'Anne', date '2027-05-01', 'OPEN', ?,"
                  + " current_timestamp, current_timestamp)")) {
        for (var e : refs.entrySet()) {
          p.setString(1, e.getKey());
          p.setString(2, e.getValue());
          p.executeUpdate();
        }
      }
    }

    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

    Map<String, String> linked = new LinkedHashMap<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select text, plan_id, goal_id, goal_ref from meeting_follow_up order by id")) {
      while (rs.next()) {
        linked.put(
            rs.getString(1),
            rs.getString(2) == null ? null : rs.getString(2) + "|" + rs.getString(3));
        assertEquals(refs.get(rs.getString(1)), rs.getString(4), "goal_ref is kept as written");
      }
    }
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("plain", "sandefjord-2023-2026|jobs");
    expected.put("quoted", "sandefjord-2023-2026|tax-income");
    expected.put("spaces", "sandefjord-2023-2026|jobs-growth");
    expected.put("prefix of a goal", null);
    expected.put("no such plan", null);
    expected.put("no slash", null);
    expected.put("wildcard", null);
    expected.put("empty goal", null);
    expected.put("none", null);
    assertEquals(expected, linked);
  }

  private static DataSource database() {
    if (System.getProperty(MeetingWorld.PG_URL) != null) {
      var pg = new org.postgresql.ds.PGSimpleDataSource();
      pg.setURL(System.getProperty(MeetingWorld.PG_URL));
      pg.setUser(System.getProperty("barometer.meetings.pg.user", "barometer"));
      pg.setPassword(System.getProperty("barometer.meetings.pg.password", "barometer"));
      Flyway.configure()
          .dataSource(pg)
          .locations("classpath:db/migration")
          .cleanDisabled(false)
          .load()
          .clean();
      return pg;
    }
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:dialogue-migration;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
            + ";DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return h2;
  }
}
