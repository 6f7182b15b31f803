package org.barometer.statistics.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * What differs between PostgreSQL and H2 when staging an import: how a private staging table is
 * made and dropped, and how cells are sent to it. Everything else is the same SQL.
 */
enum Dialect {
  /**
   * A temporary table dropped at commit or rollback (transactional DDL), filled by COPY when the
   * driver is visible to the application, analysed so the planner knows its size for the merge.
   */
  POSTGRESQL {
    @Override
    void createStaging(Connection c) throws SQLException {
      execute(c, "create temporary table stat_stage (" + COLUMNS + ") on commit drop");
    }

    @Override
    StagingWriter writer(Connection c, String table) throws SQLException {
      return COPY_AVAILABLE && c.isWrapperFor(org.postgresql.PGConnection.class)
          ? new CopyStaging(c, table)
          : new BatchStaging(c, table);
    }

    @Override
    void staged(Connection c) throws SQLException {
      execute(c, "analyze stat_stage");
    }

    @Override
    void dropStaging(Connection c) {
      // dropped with the transaction
    }
  },
  /**
   * A local temporary table, TRANSACTIONAL so creating it does not commit the open transaction
   * (other DDL does, in H2). H2 keeps it for the session and connections are pooled, so it is
   * dropped by hand once the merge is done (the drop commits, just before the commit would), and
   * after a rollback it stays, empty, for the next import on the same connection.
   */
  H2 {
    @Override
    void createStaging(Connection c) throws SQLException {
      execute(
          c,
          "create local temporary table if not exists stat_stage (" + COLUMNS + ") transactional");
    }

    @Override
    StagingWriter writer(Connection c, String table) throws SQLException {
      return new BatchStaging(c, table);
    }

    @Override
    void staged(Connection c) {}

    @Override
    void dropStaging(Connection c) throws SQLException {
      execute(c, "drop table if exists stat_stage");
    }
  };

  /** No key and no index: rows only go in, and the merge reads them all once. */
  private static final String COLUMNS =
      "series_id bigint not null, region_id bigint not null, period varchar(8) not null,"
          + " period_kind varchar(9) not null, number_value double precision,"
          + " status varchar(10), note varchar(4000)";

  /**
   * Whether the PostgreSQL driver's own classes can be loaded from here: in Liberty the driver
   * lives in a shared library the application sees only through JDBC, unless its class loader is
   * given that library; then cells are staged with batched inserts instead.
   */
  private static final boolean COPY_AVAILABLE = visible("org.postgresql.copy.PGCopyOutputStream");

  static Dialect of(Connection c) throws SQLException {
    String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    return product.contains("postgres") ? POSTGRESQL : H2;
  }

  abstract void createStaging(Connection c) throws SQLException;

  /** A writer of cells into {@code table}: the staging table or the observations. */
  abstract StagingWriter writer(Connection c, String table) throws SQLException;

  /** After the cells are staged, before they are merged. */
  abstract void staged(Connection c) throws SQLException;

  /** After commit or rollback. */
  abstract void dropStaging(Connection c) throws SQLException;

  static void execute(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  private static boolean visible(String className) {
    try {
      Class.forName(className, false, Dialect.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
