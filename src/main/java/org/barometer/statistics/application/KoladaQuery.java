package org.barometer.statistics.application;

import java.util.List;
import java.util.Objects;

/**
 * What to fetch from Kolada: some KPIs for some municipalities (or regions) and years.
 *
 * @param kpis KPI ids ("N00002"); at least one
 * @param municipalities Kolada's municipality ids ("0180"; "0000" is the whole country); empty for
 *     all of them (then years are required)
 * @param years the years; empty for all (then municipalities are required)
 */
public record KoladaQuery(List<String> kpis, List<String> municipalities, List<Integer> years) {

  public KoladaQuery {
    kpis = List.copyOf(kpis);
    municipalities = List.copyOf(municipalities);
    years = List.copyOf(years);
    if (kpis.isEmpty()) {
      throw new IllegalArgumentException("Name at least one KPI");
    }
    if (municipalities.isEmpty() && years.isEmpty()) {
      throw new IllegalArgumentException(
          "Name municipalities or years (or both): all of a KPI's history for every municipality"
              + " is too much for one fetch");
    }
    for (String id : kpis) {
      if (!Objects.requireNonNull(id).matches("[A-Za-z][0-9A-Za-z]{1,15}")) {
        throw new IllegalArgumentException("Not a Kolada KPI id: '" + id + "'");
      }
    }
    for (String id : municipalities) {
      if (!Objects.requireNonNull(id).matches("[0-9A-Za-z]{1,12}")) {
        throw new IllegalArgumentException("Not a Kolada municipality id: '" + id + "'");
      }
    }
    for (Integer year : years) {
      if (year == null || year < 1900 || year > 2200) {
        throw new IllegalArgumentException("Not a year: " + year);
      }
    }
  }

  public static KoladaQuery of(
      List<String> kpis, List<String> municipalities, List<Integer> years) {
    return new KoladaQuery(kpis, municipalities, years);
  }
}
