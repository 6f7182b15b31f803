package org.barometer.statistics.application;

import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.ImportException;

/** Keeps imported official statistics: tables, series, regions and their observations. */
public interface StatisticsStore {

  /**
   * Stores a table in one transaction: all of it, or nothing when anything is refused or fails.
   * Importing the same table again changes nothing; a changed cell replaces the stored one, which
   * is kept in history.
   *
   * @param dataset the parsed table
   * @param mapping which dimensions are region, time and measure
   * @param source the publishing office ("SSB", "SCB"), which with the table code names the table
   * @throws ImportException when the table cannot be mapped (see {@link MappedTable#of})
   */
  ImportSummary store(Dataset dataset, DatasetMapping mapping, String source)
      throws ImportException;
}
