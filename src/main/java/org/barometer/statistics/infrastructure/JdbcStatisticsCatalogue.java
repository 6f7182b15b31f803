package org.barometer.statistics.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.barometer.shared.Country;
import org.barometer.shared.Period;
import org.barometer.shared.RegionCode;
import org.barometer.statistics.application.RegionEntry;
import org.barometer.statistics.application.SeriesEntry;
import org.barometer.statistics.application.StatisticsCatalogue;
import org.barometer.statistics.application.TableEntry;
import org.barometer.statistics.domain.Observation;
import org.barometer.statistics.domain.Series;

/**
 * The catalogue in plain JDBC, the same SQL on H2 and PostgreSQL, like the store that writes it.
 * Observations are read per series and region through the primary key (series, region, period), so
 * reading a municipality's series costs a few index lookups however large the table is.
 */
@ApplicationScoped
public class JdbcStatisticsCatalogue implements StatisticsCatalogue {

  private static final String TABLES =
      "select t.id, t.source, t.table_code, t.title, t.language, t.updated, t.imported_at,"
          + " (select count(*) from stat_series s where s.table_id = t.id)"
          + " from stat_table t";

  private static final String SERIES =
      "select s.id, s.table_id, t.source, t.table_code, s.measure_code, s.measure_label, s.unit,"
          + " s.decimals, s.variant_key, s.variant_label"
          + " from stat_series s join stat_table t on t.id = s.table_id";

  @Resource(lookup = "jdbc/barometer")
  private DataSource dataSource;

  protected JdbcStatisticsCatalogue() {}

  /** For use outside a container, on any data source with Barometer's schema. */
  public JdbcStatisticsCatalogue(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public List<TableEntry> tables() {
    return query(TABLES + " order by t.source, t.table_code", List.of(), this::table);
  }

  @Override
  public Optional<TableEntry> table(long id) {
    return first(query(TABLES + " where t.id = ?", List.of(id), this::table));
  }

  @Override
  public List<SeriesEntry> series(long tableId) {
    return query(SERIES + " where s.table_id = ? order by s.id", List.of(tableId), this::series);
  }

  @Override
  public Optional<SeriesEntry> seriesEntry(long seriesId) {
    return first(query(SERIES + " where s.id = ?", List.of(seriesId), this::series));
  }

  @Override
  public Optional<SeriesEntry> find(
      String source, String tableCode, String measureCode, String variant) {
    return first(
        query(
            SERIES
                + " where t.source = ? and t.table_code = ? and s.measure_code = ?"
                + " and s.variant_key = ?",
            List.of(source, tableCode, measureCode, variant == null ? "" : variant),
            this::series));
  }

  @Override
  public List<RegionEntry> regions(long seriesId) {
    List<RegionEntry> regions =
        query(
            "select r.country, r.kind, r.code, r.name from stat_region r where r.id in"
                + " (select distinct o.region_id from stat_observation o where o.series_id = ?)",
            List.of(seriesId),
            rs -> new RegionEntry(region(rs, 1), rs.getString(4)));
    List<RegionEntry> sorted = new ArrayList<>(regions);
    sorted.sort(
        Comparator.comparing((RegionEntry r) -> r.region().kind())
            .thenComparing(r -> String.valueOf(r.region().country()))
            .thenComparing(r -> r.region().code()));
    return sorted;
  }

  @Override
  public Map<RegionCode, Series> observations(long seriesId, Collection<RegionCode> regions) {
    if (regions.isEmpty()) {
      return Map.of();
    }
    String measure =
        seriesEntry(seriesId).map(SeriesEntry::measureCode).orElse("series " + seriesId);
    return observations(seriesId, measure, regions);
  }

  @Override
  public Map<RegionCode, Series> observations(SeriesEntry series, Collection<RegionCode> regions) {
    return regions.isEmpty() ? Map.of() : observations(series.id(), series.measureCode(), regions);
  }

  private Map<RegionCode, Series> observations(
      long seriesId, String measure, Collection<RegionCode> regions) {
    Map<RegionCode, Map<Period, Observation>> cells = new LinkedHashMap<>();
    for (RegionCode region : regions) {
      List<Object[]> rows =
          query(
              "select o.period, o.number_value, o.status from stat_observation o"
                  + " join stat_region r on r.id = o.region_id"
                  + " where o.series_id = ? and r.code = ? and r.country = ?",
              List.of(seriesId, region.code(), country(region)),
              rs -> new Object[] {rs.getString(1), rs.getObject(2), rs.getString(3)});
      for (Object[] row : rows) {
        Period period = Period.parse((String) row[0]);
        Observation observation =
            row[1] == null
                ? Observation.missing((String) row[2])
                : Observation.of(((Number) row[1]).doubleValue(), (String) row[2]);
        cells.computeIfAbsent(region, r -> new TreeMap<>()).put(period, observation);
      }
    }
    Map<RegionCode, Series> series = new LinkedHashMap<>();
    cells.forEach((region, byPeriod) -> series.put(region, Series.of(measure, region, byPeriod)));
    return series;
  }

  private static String country(RegionCode region) {
    return region.country() == null ? "" : region.country().name();
  }

  private TableEntry table(ResultSet rs) throws SQLException {
    return new TableEntry(
        rs.getLong(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getTimestamp(7).toInstant(),
        rs.getInt(8));
  }

  private SeriesEntry series(ResultSet rs) throws SQLException {
    int decimals = rs.getInt(8);
    return new SeriesEntry(
        rs.getLong(1),
        rs.getLong(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        rs.getString(6),
        rs.getString(7),
        rs.wasNull() ? null : decimals,
        rs.getString(9),
        rs.getString(10));
  }

  private static RegionCode region(ResultSet rs, int from) throws SQLException {
    return new RegionCode(
        Country.valueOf(rs.getString(from)),
        RegionCode.Kind.valueOf(rs.getString(from + 1)),
        rs.getString(from + 2));
  }

  private interface Row<T> {
    T read(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, List<Object> parameters, Row<T> row) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        ps.setObject(i + 1, parameters.get(i));
      }
      List<T> found = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          found.add(row.read(rs));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading statistics failed: " + e.getMessage(), e);
    }
  }

  private static <T> Optional<T> first(List<T> rows) {
    return rows.stream().findFirst();
  }
}
