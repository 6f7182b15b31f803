package org.barometer.statistics.infrastructure.fetch.kolada;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.barometer.statistics.application.importer.Category;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.Dimension;
import org.barometer.statistics.application.importer.DimensionRole;

/**
 * Collects Kolada's data rows for one KPI into a {@link Dataset} with the dimensions kpi (the
 * measure), municipality (the region) and period (the time), so a KPI is stored like any office's
 * table: table code = KPI id, source "Kolada".
 *
 * <p>Only the total ({@code gender "T"}) is read; a KPI divided by gender also has "K" and "M"
 * values, which are left for later. A total without a value is a missing cell with Kolada's status
 * text, or {@code ".."} when it gives none. A municipality and year Kolada sent no row for is a
 * missing cell without a status.
 */
final class KoladaTable {

  static final String FORMAT = "Kolada v3";

  private final String kpi;
  private final Map<String, Map<String, Cell>> cells = new TreeMap<>();
  private final java.util.SortedSet<String> periods = new java.util.TreeSet<>();

  private record Cell(double value, String status) {}

  KoladaTable(String kpi) {
    this.kpi = kpi;
  }

  /**
   * One row: {@code {"kpi", "municipality", "period", "values": [{"gender", "status", "value"}]}}.
   */
  void add(JsonObject row) {
    if (!kpi.equals(row.getString("kpi", kpi))) {
      return; // another KPI's row: not asked for
    }
    String municipality = text(row.get("municipality"));
    String period = text(row.get("period"));
    if (municipality == null || period == null) {
      return;
    }
    periods.add(period);
    Map<String, Cell> byPeriod = cells.computeIfAbsent(municipality, m -> new TreeMap<>());
    if (!row.containsKey("values")
        || row.get("values").getValueType() != JsonValue.ValueType.ARRAY) {
      return;
    }
    for (JsonValue v : row.getJsonArray("values")) {
      if (v.getValueType() != JsonValue.ValueType.OBJECT) {
        continue;
      }
      JsonObject g = v.asJsonObject();
      if (!"T".equals(g.getString("gender", null))) {
        continue;
      }
      JsonValue value = g.get("value");
      String status =
          g.containsKey("status") && !g.isNull("status") ? g.getString("status", "") : "";
      if (value instanceof JsonNumber n) {
        byPeriod.put(period, new Cell(n.doubleValue(), status.isBlank() ? null : status));
      } else {
        byPeriod.put(period, new Cell(Double.NaN, status.isBlank() ? ".." : status));
      }
    }
  }

  boolean isEmpty() {
    return cells.isEmpty();
  }

  Dataset toDataset(String title) {
    List<String> municipalities = List.copyOf(cells.keySet());
    List<String> times = List.copyOf(periods);
    int size = municipalities.size() * times.size();
    double[] values = new double[size];
    String[] status = new String[size];
    Arrays.fill(values, Double.NaN);
    for (int m = 0; m < municipalities.size(); m++) {
      Map<String, Cell> byPeriod = cells.get(municipalities.get(m));
      for (int t = 0; t < times.size(); t++) {
        Cell cell = byPeriod.get(times.get(t));
        if (cell != null) {
          values[m * times.size() + t] = cell.value();
          status[m * times.size() + t] = cell.status();
        }
      }
    }
    List<Dimension> dimensions =
        List.of(
            new Dimension(
                "kpi", "Nyckeltal", DimensionRole.METRIC, List.of(Category.of(kpi, title))),
            new Dimension(
                "municipality",
                "Kommun",
                DimensionRole.GEO,
                municipalities.stream().map(c -> Category.of(c, c)).toList()),
            new Dimension(
                "period",
                "År",
                DimensionRole.TIME,
                times.stream().map(c -> Category.of(c, c)).toList()));
    return new Dataset(
        FORMAT, kpi, title, "Kolada", null, "sv", dimensions, values, status, Map.of(), List.of());
  }

  private static String text(JsonValue v) {
    if (v == null) {
      return null;
    }
    return switch (v.getValueType()) {
      case STRING -> ((jakarta.json.JsonString) v).getString();
      case NUMBER -> ((JsonNumber) v).toString();
      default -> null;
    };
  }
}
