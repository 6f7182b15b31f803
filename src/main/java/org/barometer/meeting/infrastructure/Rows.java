package org.barometer.meeting.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.barometer.platform.persistence.StoreException;

/**
 * The small JDBC helpers the meeting repositories share. Instants are stored as UTC in {@code
 * timestamp} columns and bound as {@link LocalDateTime}, so neither the JVM's nor the database's
 * time zone can shift them.
 */
final class Rows {

  private Rows() {}

  /** Reads one row into a value. */
  interface Mapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /**
   * An instant as the UTC timestamp columns hold it, cut to microseconds as both databases keep
   * them: the database would round a nanosecond up instead, and a time written would then compare
   * later than the same time given as a parameter.
   */
  static LocalDateTime utc(Instant instant) {
    return instant == null
        ? null
        : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
  }

  static Instant instant(ResultSet rs, String column) throws SQLException {
    LocalDateTime t = rs.getObject(column, LocalDateTime.class);
    return t == null ? null : t.toInstant(ZoneOffset.UTC);
  }

  static LocalDateTime local(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDateTime.class);
  }

  static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  static PreparedStatement prepare(Connection c, String sql, Object... params) throws SQLException {
    PreparedStatement ps = c.prepareStatement(sql);
    bind(ps, params);
    return ps;
  }

  static void bind(PreparedStatement ps, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof Instant instant) {
        ps.setObject(i + 1, utc(instant));
      } else if (p instanceof Enum<?> e) {
        ps.setString(i + 1, e.name());
      } else {
        ps.setObject(i + 1, p);
      }
    }
  }

  static int update(Connection c, String sql, Object... params) {
    try (PreparedStatement ps = prepare(c, sql, params)) {
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException(sql, e);
    }
  }

  /** Inserts a row and returns the id the database gave it. */
  static long insert(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql, new String[] {"id"})) {
      bind(ps, params);
      ps.executeUpdate();
      try (ResultSet keys = ps.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    }
  }

  static <T> List<T> list(Connection c, String sql, Mapper<T> mapper, Object... params) {
    try (PreparedStatement ps = prepare(c, sql, params);
        ResultSet rs = ps.executeQuery()) {
      List<T> out = new ArrayList<>();
      while (rs.next()) {
        out.add(mapper.map(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException(sql, e);
    }
  }

  static <T> Optional<T> one(Connection c, String sql, Mapper<T> mapper, Object... params) {
    return list(c, sql, mapper, params).stream().findFirst();
  }

  static int count(Connection c, String sql, Object... params) {
    return one(c, sql, rs -> rs.getInt(1), params).orElse(0);
  }
}
