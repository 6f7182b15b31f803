package org.barometer.statistics.application;

import java.util.List;

/**
 * What one fetch from an office stored, for the person or the scheduled job that started it to
 * check. {@code read = added + revised + unchanged}; a yearly refresh of a table already stored
 * should show mostly unchanged cells, the new year added, and revisions where the office revised.
 *
 * @param office "SSB", "SCB" or "Kolada"
 * @param tables the tables (PxWeb) or KPIs (Kolada) fetched
 * @param parts how many answers they came in
 * @param read cells received, missing ones included
 * @param added cells not stored before
 * @param revised cells whose value or status changed (the old version kept in history)
 * @param unchanged cells stored before exactly as now
 */
public record FetchSummary(
    String office,
    List<String> tables,
    int parts,
    long read,
    long added,
    long revised,
    long unchanged) {

  public FetchSummary {
    tables = List.copyOf(tables);
  }

  public static FetchSummary empty(String office, List<String> tables) {
    return new FetchSummary(office, tables, 0, 0, 0, 0, 0);
  }

  public FetchSummary plus(ImportSummary part) {
    return new FetchSummary(
        office,
        tables,
        parts + 1,
        read + part.read(),
        added + part.added(),
        revised + part.revised(),
        unchanged + part.unchanged());
  }
}
