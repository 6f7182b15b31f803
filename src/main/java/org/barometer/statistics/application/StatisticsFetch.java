package org.barometer.statistics.application;

import org.barometer.statistics.application.importer.ImportException;

/**
 * Fetching official statistics from the offices' APIs (SSB's and SCB's PxWebApi 2, Kolada) and
 * storing them as an imported file would be. Implemented by the offices' clients in {@code
 * infrastructure.fetch}; the API and the pages reach them only through this port.
 */
public interface StatisticsFetch {

  /**
   * Fetches a PxWeb table (or the regions and periods asked for) and stores it.
   *
   * @param office "SSB" or "SCB" (any case)
   * @throws IllegalArgumentException for an unknown office, or regions or periods the table lacks
   * @throws FetchException when the office fails or refuses; the parts before were stored
   * @throws ImportException when an answer cannot be read or mapped
   */
  FetchSummary fetchTable(String office, String tableId, TableRequest request)
      throws FetchException, ImportException;

  /** Fetches the query's KPIs from Kolada and stores each as a table (code = KPI id). */
  FetchSummary fetchKolada(KoladaQuery query) throws FetchException, ImportException;
}
