package org.barometer.goals.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * V17 turns every plan stored before versions were kept into its version 1, in force from the day
 * it was imported, with the document as it was. On H2 by default; on PostgreSQL with {@code
 * -Dbarometer.plans.pg.url=jdbc:postgresql://localhost:5432/NAME} (a database of its own, which the
 * test wipes).
 */
class PlanVersionsMigrationTest {

  private static final String DOCUMENT = "id: old-plan\n# as written, comments and all\n";

  @Test
  void anExistingPlanBecomesItsVersionOne() throws SQLException {
    DataSource db = database();
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration")
        .cleanDisabled(false)
        .load()
        .clean();
    Flyway.configure()
        .dataSource(db)
        .locations("classpath:db/migration")
        .target("15")
        .load()
        .migrate();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "insert into goal_plan (id, municipality_code, municipality_name, country, title,"
              + " period, file_name, document, imported_at) values ('old-plan', '3105',"
              + " 'Sarpsborg', 'NO', 'Handlingsprogram', 'to 2030', 'old.yaml', '"
              + DOCUMENT.replace("'", "''")
              + "', timestamp '2025-05-20 14:30:00')");
    }

    Flyway.configure().dataSource(db).locations("classpath:db/migration").load().migrate();

    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      try (ResultSet r =
          s.executeQuery(
              "select version_number, file_name, document, imported_by, imported_at, reason,"
                  + " in_force_from from goal_plan_version where plan_id = 'old-plan'")) {
        assertTrue(r.next());
        assertEquals(1, r.getInt(1));
        assertEquals("old.yaml", r.getString(2));
        assertEquals(DOCUMENT, r.getString(3));
        assertNull(r.getString(4));
        assertEquals("2025-05-20T14:30", r.getTimestamp(5).toLocalDateTime().toString());
        assertEquals("", r.getString(6));
        assertEquals("2025-05-20", r.getDate(7).toLocalDate().toString());
        assertFalse(r.next());
      }
      try (ResultSet r = s.executeQuery("select latest_version from goal_plan")) {
        assertTrue(r.next());
        assertEquals(1, r.getInt(1));
      }
      // the document lives in its version only
      try (ResultSet r = c.getMetaData().getColumns(null, null, "goal_plan", "document")) {
        assertFalse(r.next());
      }
    }
  }

  private static DataSource database() {
    String pg = System.getProperty("barometer.plans.pg.url");
    if (pg != null && !pg.isBlank()) {
      PGSimpleDataSource source = new PGSimpleDataSource();
      source.setURL(pg);
      source.setUser(System.getProperty("barometer.plans.pg.user", "barometer"));
      source.setPassword(System.getProperty("barometer.plans.pg.password", "barometer"));
      return source;
    }
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:planversions;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return h2;
  }
}
