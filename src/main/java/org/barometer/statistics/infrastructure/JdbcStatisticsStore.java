package org.barometer.statistics.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.barometer.platform.persistence.JdbcTransactions;
import org.barometer.statistics.application.DatasetMapping;
import org.barometer.statistics.application.ImportSummary;
import org.barometer.statistics.application.MappedTable;
import org.barometer.statistics.application.StatisticsStore;
import org.barometer.statistics.application.StoredLimits;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.infrastructure.StagingWriter.StagedPeriod;

/**
 * Stores imported tables with plain JDBC in one transaction of its own: a connection with
 * autocommit off, committed at the end and rolled back on any failure, so a refused or failed
 * import leaves nothing behind. Call it outside a container transaction.
 *
 * <p>The cells never become objects: {@link MappedTable#forEachCell} walks the dataset's primitive
 * arrays and each cell goes straight to a staging table ({@link StagingWriter}: COPY on PostgreSQL,
 * JDBC batches elsewhere); then {@link ObservationMerge} moves them into the observations with
 * set-based SQL that also keeps the history of revised cells.
 */
@ApplicationScoped
public class JdbcStatisticsStore implements StatisticsStore {

  private static final Logger LOG = Logger.getLogger(JdbcStatisticsStore.class.getName());

  @Resource(lookup = "jdbc/barometer")
  private DataSource dataSource;

  @Inject JdbcTransactions transactions;

  protected JdbcStatisticsStore() {}

  /** For use outside a container, on any data source with Barometer's schema. */
  public JdbcStatisticsStore(DataSource dataSource) {
    this.dataSource = dataSource;
    this.transactions = new JdbcTransactions(dataSource);
  }

  @Override
  public ImportSummary store(Dataset dataset, DatasetMapping mapping, String source)
      throws ImportException {
    MappedTable table = MappedTable.of(dataset, mapping); // refused before the database is touched
    StoredLimits.check("table " + dataset.tableId(), table, source);
    Timestamp now = Timestamp.from(Instant.now());
    return transactions.inTransaction(
        "Storing " + dataset.tableId() + " (nothing was stored)",
        c -> {
          Dialect dialect = Dialect.of(c);
          long start = System.nanoTime();
          long tableId = CatalogueRows.table(c, source, dataset, now);
          boolean storedBefore = CatalogueRows.hasObservations(c, tableId);
          long[] seriesIds = CatalogueRows.series(c, tableId, table.series());
          long[] regionIds = CatalogueRows.regions(c, table.regions(), table.regionNames());
          long catalogued = System.nanoTime();
          ObservationMerge.Result result;
          if (storedBefore) {
            dialect.createStaging(c);
            write(table, dialect.writer(c, "stat_stage"), seriesIds, regionIds);
            dialect.staged(c);
            result = ObservationMerge.merge(c, now);
            dialect.dropStaging(c);
          } else {
            // nothing to compare with: every cell is new, and goes straight where it belongs
            write(table, dialect.writer(c, "stat_observation"), seriesIds, regionIds);
            result = new ObservationMerge.Result(dataset.size(), 0);
          }
          long written = System.nanoTime();
          LOG.fine(
              () ->
                  String.format(
                      "%s %s: catalogue %d ms, cells %d ms (%s)",
                      source,
                      dataset.tableId(),
                      (catalogued - start) / 1_000_000,
                      (written - catalogued) / 1_000_000,
                      storedBefore ? "staged and merged" : "written directly"));
          return summary(table, result);
        });
  }

  private static void write(
      MappedTable table, StagingWriter opened, long[] seriesIds, long[] regionIds)
      throws SQLException {
    Dataset d = table.dataset();
    double[] values = d.values();
    String[] status = d.status();
    Map<Integer, String> notes = d.cellNotes();
    boolean noNotes = notes.isEmpty();
    List<StagedPeriod> periods = table.periods().stream().map(StagedPeriod::of).toList();
    try (StagingWriter writer = opened) {
      table.forEachCell(
          (i, series, region, period) ->
              writer.add(
                  seriesIds[series],
                  regionIds[region],
                  periods.get(period),
                  values[i],
                  status[i],
                  noNotes ? null : notes.get(i)));
      writer.finish();
    } catch (SQLException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ImportSummary summary(MappedTable table, ObservationMerge.Result merged) {
    Dataset d = table.dataset();
    Map<String, Long> missing = new TreeMap<>(d.missingBySymbol());
    long read = d.size();
    return new ImportSummary(
        read,
        merged.added(),
        merged.revised(),
        read - merged.added() - merged.revised(),
        missing,
        table.series().size(),
        table.regions().size(),
        table.periods().size());
  }
}
