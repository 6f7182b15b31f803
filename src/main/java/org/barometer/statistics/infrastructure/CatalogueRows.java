package org.barometer.statistics.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.barometer.shared.RegionCode;
import org.barometer.statistics.application.SeriesDescription;
import org.barometer.statistics.application.importer.Dataset;

/**
 * The rows cells refer to, found or created before the cells are staged: the table, its series, the
 * regions. Each step reads what exists in one query, writes what is new or renamed in one batch,
 * and reads the ids back, so the cost grows with the number of series and regions, never with the
 * number of cells. Labels follow the latest file: offices rename measures and regions.
 */
final class CatalogueRows {

  private CatalogueRows() {}

  /**
   * The table's id, created or updated. {@code for update} makes a second import of the same table
   * wait for the first to commit, instead of both merging the same cells.
   */
  static long table(Connection c, String source, Dataset d, Timestamp now) throws SQLException {
    try (PreparedStatement find =
        c.prepareStatement(
            "select id from stat_table where source = ? and table_code = ? for update")) {
      find.setString(1, source);
      find.setString(2, d.tableId());
      try (ResultSet rs = find.executeQuery()) {
        if (rs.next()) {
          long id = rs.getLong(1);
          try (PreparedStatement update =
              c.prepareStatement(
                  "update stat_table set title = ?, language = ?, updated = ?, imported_at = ?"
                      + " where id = ?")) {
            update.setString(1, d.title());
            update.setString(2, d.language());
            update.setString(3, d.updated());
            update.setTimestamp(4, now);
            update.setLong(5, id);
            update.executeUpdate();
          }
          return id;
        }
      }
    }
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into stat_table (source, table_code, title, language, updated, imported_at)"
                + " values (?, ?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      insert.setString(1, source);
      insert.setString(2, d.tableId());
      insert.setString(3, d.title());
      insert.setString(4, d.language());
      insert.setString(5, d.updated());
      insert.setTimestamp(6, now);
      insert.executeUpdate();
      try (ResultSet keys = insert.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  /**
   * Whether any cell of the table is stored: when none is, an import has nothing to compare with.
   * One index probe per series (the primary key starts with series_id).
   */
  static boolean hasObservations(Connection c, long tableId) throws SQLException {
    try (PreparedStatement find =
        c.prepareStatement(
            "select count(*) from stat_series s where s.table_id = ?"
                + " and exists (select 1 from stat_observation o where o.series_id = s.id)")) {
      find.setLong(1, tableId);
      try (ResultSet rs = find.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  /** The ids of the table's series, by series ordinal. */
  static long[] series(Connection c, long tableId, List<SeriesDescription> series)
      throws SQLException {
    Map<String, SeriesDescription> stored = new HashMap<>();
    String select =
        "select id, measure_code, variant_key, measure_label, unit, decimals, variant_label"
            + " from stat_series where table_id = ?";
    try (PreparedStatement find = c.prepareStatement(select)) {
      find.setLong(1, tableId);
      try (ResultSet rs = find.executeQuery()) {
        while (rs.next()) {
          Integer decimals = rs.getObject(6) == null ? null : rs.getInt(6);
          stored.put(
              key(rs.getString(2), rs.getString(3)),
              new SeriesDescription(
                  rs.getString(2),
                  rs.getString(4),
                  rs.getString(5),
                  decimals,
                  rs.getString(3),
                  rs.getString(7)));
        }
      }
    }
    try (PreparedStatement insert =
            c.prepareStatement(
                "insert into stat_series (measure_label, unit, decimals, variant_label, table_id,"
                    + " measure_code, variant_key) values (?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement update =
            c.prepareStatement(
                "update stat_series set measure_label = ?, unit = ?, decimals = ?,"
                    + " variant_label = ? where table_id = ? and measure_code = ?"
                    + " and variant_key = ?")) {
      for (SeriesDescription s : series) {
        SeriesDescription old = stored.get(key(s.measureCode(), s.variantKey()));
        if (old == null || !old.equals(s)) {
          PreparedStatement statement = old == null ? insert : update;
          statement.setString(1, s.measureLabel());
          statement.setString(2, s.unit());
          statement.setObject(3, s.decimals(), Types.INTEGER);
          statement.setString(4, s.variantLabel());
          statement.setLong(5, tableId);
          statement.setString(6, s.measureCode());
          statement.setString(7, s.variantKey());
          statement.addBatch();
        }
      }
      insert.executeBatch();
      update.executeBatch();
    }
    Map<String, Long> ids = new HashMap<>();
    try (PreparedStatement find =
        c.prepareStatement(
            "select id, measure_code, variant_key from stat_series where table_id = ?")) {
      find.setLong(1, tableId);
      try (ResultSet rs = find.executeQuery()) {
        while (rs.next()) {
          ids.put(key(rs.getString(2), rs.getString(3)), rs.getLong(1));
        }
      }
    }
    long[] result = new long[series.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = ids.get(key(series.get(i).measureCode(), series.get(i).variantKey()));
    }
    return result;
  }

  /**
   * The ids of the regions, by region ordinal. Every region of one table has the office's country
   * ({@link org.barometer.statistics.application.MappedTable} refuses others).
   */
  static long[] regions(Connection c, List<RegionCode> regions, List<String> names)
      throws SQLException {
    Map<String, Long> ids = new HashMap<>();
    Map<String, String> storedNames = new HashMap<>();
    String country = regions.get(0).country().name();
    readRegions(c, country, ids, storedNames);
    try (PreparedStatement insert =
            c.prepareStatement(
                "insert into stat_region (name, kind, country, code) values (?, ?, ?, ?)");
        PreparedStatement rename =
            c.prepareStatement(
                "update stat_region set name = ?, kind = ? where country = ? and code = ?")) {
      for (int i = 0; i < regions.size(); i++) {
        RegionCode r = regions.get(i);
        String name = names.get(i);
        boolean known = ids.containsKey(r.code());
        if (known && (name == null || Objects.equals(name, storedNames.get(r.code())))) {
          continue;
        }
        PreparedStatement statement = known ? rename : insert;
        statement.setString(1, name != null ? name : storedNames.get(r.code()));
        statement.setString(2, r.kind().name());
        statement.setString(3, country);
        statement.setString(4, r.code());
        statement.addBatch();
      }
      insert.executeBatch();
      rename.executeBatch();
    }
    readRegions(c, country, ids, storedNames);
    long[] result = new long[regions.size()];
    for (int i = 0; i < result.length; i++) {
      result[i] = ids.get(regions.get(i).code());
    }
    return result;
  }

  private static void readRegions(
      Connection c, String country, Map<String, Long> ids, Map<String, String> names)
      throws SQLException {
    try (PreparedStatement find =
        c.prepareStatement("select id, code, name from stat_region where country = ?")) {
      find.setString(1, country);
      try (ResultSet rs = find.executeQuery()) {
        while (rs.next()) {
          ids.put(rs.getString(2), rs.getLong(1));
          names.put(rs.getString(2), rs.getString(3));
        }
      }
    }
  }

  private static String key(String measureCode, String variantKey) {
    return measureCode + '\u0000' + variantKey;
  }
}
