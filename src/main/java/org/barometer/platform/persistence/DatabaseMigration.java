package org.barometer.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema up to date before the application serves its first request.
 *
 * <p>The schema belongs to the Flyway migrations in {@code db/migration}; EclipseLink never
 * generates DDL. The same migrations run on the embedded H2 (in PostgreSQL mode) and on PostgreSQL,
 * so what the tests see is what production gets. A failed migration stops the application from
 * starting rather than letting it run on a half-migrated schema.
 *
 * <p>A schema holding tables but no migration history is taken as empty (baseline version 0, so
 * every migration runs): several servers persist their HTTP sessions in the same database (README,
 * "Several instances"), and Liberty creates its session table there before this listener runs. Any
 * other table of the same name as one of Barometer's still stops the migration.
 */
@WebListener
public class DatabaseMigration implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(DatabaseMigration.class.getName());

  /**
   * Liberty's class loader lists a folder only if it holds a file: hence the empty {@code
   * flyway.location} beside the migrations, and in {@code db/callback}, which Flyway always scans.
   */
  private static final String MIGRATIONS = "classpath:db/migration";

  @Resource(lookup = "jdbc/barometer")
  private DataSource dataSource;

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Flyway flyway =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations(MIGRATIONS)
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load();
    int applied = flyway.migrate().migrationsExecuted;
    String version = flyway.info().current().getVersion().getVersion();
    LOG.info(() -> "Database schema at version " + version + " (" + applied + " applied now)");
  }
}
