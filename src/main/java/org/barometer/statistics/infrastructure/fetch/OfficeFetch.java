package org.barometer.statistics.infrastructure.fetch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.barometer.shared.Country;
import org.barometer.statistics.application.DatasetMapping;
import org.barometer.statistics.application.FetchException;
import org.barometer.statistics.application.FetchSummary;
import org.barometer.statistics.application.ImportSummary;
import org.barometer.statistics.application.KoladaQuery;
import org.barometer.statistics.application.StatisticsFetch;
import org.barometer.statistics.application.StatisticsStore;
import org.barometer.statistics.application.TableRequest;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.infrastructure.fetch.kolada.KoladaClient;
import org.barometer.statistics.infrastructure.fetch.pxweb.PxWebClient;
import org.barometer.statistics.infrastructure.fetch.pxweb.PxWebOffice;
import org.barometer.statistics.infrastructure.fetch.pxweb.TableMetadata;
import org.barometer.statistics.infrastructure.fetch.pxweb.TableQuery;
import org.barometer.statistics.infrastructure.fetch.pxweb.ValueSelection;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * {@link StatisticsFetch} from the offices themselves: fetches official statistics straight from
 * them (SSB's and SCB's PxWebApi 2, Kolada's API v3) and stores them like an imported file, part by
 * part as they arrive.
 *
 * <p>Not transactional: a fetch can take minutes under the offices' rate limits, and each part is
 * stored in a transaction of its own (see {@link StatisticsStore}). A fetch that fails half way
 * leaves the parts before the failure stored; fetching again stores the rest and leaves the stored
 * parts unchanged. One client per office lives as long as the application, so every fetch from the
 * same office shares one rate limiter.
 *
 * <p>Configuration (MicroProfile Config: {@code server.xml} variables, environment, system
 * properties): {@value #SSB_KEY}, {@value #SCB_KEY}, {@value #KOLADA_KEY} (the APIs' base
 * addresses, for a mirror or a proxy) and {@value #TIMEOUT_KEY} (per request, ISO-8601 such as
 * {@code PT60S}).
 */
@ApplicationScoped
public class OfficeFetch implements StatisticsFetch {

  public static final String SSB_KEY = "barometer.statistics.ssb.base-url";
  public static final String SCB_KEY = "barometer.statistics.scb.base-url";
  public static final String KOLADA_KEY = "barometer.statistics.kolada.base-url";
  public static final String TIMEOUT_KEY = "barometer.statistics.timeout";

  private static final Logger LOG = Logger.getLogger(OfficeFetch.class.getName());

  private StatisticsStore store;
  private PxWebClient ssb;
  private PxWebClient scb;
  private KoladaClient kolada;

  protected OfficeFetch() {}

  @Inject
  public OfficeFetch(
      StatisticsStore store,
      @ConfigProperty(name = SSB_KEY, defaultValue = "https://data.ssb.no/api/pxwebapi/v2")
          String ssbUrl,
      @ConfigProperty(name = SCB_KEY, defaultValue = "https://statistikdatabasen.scb.se/api/v2")
          String scbUrl,
      @ConfigProperty(name = KOLADA_KEY, defaultValue = "https://api.kolada.se/v3")
          String koladaUrl,
      @ConfigProperty(name = TIMEOUT_KEY, defaultValue = "PT60S") Duration timeout) {
    this(
        store,
        URI.create(ssbUrl.strip()),
        URI.create(scbUrl.strip()),
        URI.create(koladaUrl.strip()),
        timeout,
        TimeSource.system());
  }

  /** With explicit addresses and clock, for tests. */
  public OfficeFetch(
      StatisticsStore store,
      URI ssbUrl,
      URI scbUrl,
      URI koladaUrl,
      Duration timeout,
      TimeSource time) {
    this.store = store;
    this.ssb = PxWebClient.of(PxWebOffice.ssb().withBaseUri(ssbUrl), timeout, time);
    this.scb = PxWebClient.of(PxWebOffice.scb().withBaseUri(scbUrl), timeout, time);
    this.kolada = KoladaClient.of(koladaUrl, timeout, time);
  }

  /**
   * Fetches a PxWeb table (or the regions and periods asked for) and stores it.
   *
   * @param office "SSB" or "SCB" (any case)
   * @throws IllegalArgumentException for an unknown office, or regions or periods the table lacks
   * @throws FetchException when the office fails or refuses; the parts before were stored
   * @throws ImportException when an answer cannot be read or mapped
   */
  @Override
  public FetchSummary fetchTable(String office, String tableId, TableRequest request)
      throws FetchException, ImportException {
    PxWebClient client = client(office);
    TableMetadata metadata = client.metadata(tableId, request.language());
    TableQuery query = TableQuery.of(tableId, request.language());
    if (!request.regions().isEmpty()) {
      TableMetadata.Variable region = metadata.regionVariable();
      if (region == null) {
        throw new IllegalArgumentException(
            "Table " + tableId + " has no region variable Barometer can tell; fetch all of it");
      }
      query = query.with(region.code(), ValueSelection.codes(request.regions()));
    }
    if (request.latestPeriods() != null || request.fromPeriod() != null) {
      TableMetadata.Variable time = metadata.timeVariable();
      if (time == null) {
        throw new IllegalArgumentException("Table " + tableId + " has no time variable");
      }
      query =
          query.with(
              time.code(),
              request.latestPeriods() != null
                  ? ValueSelection.latest(request.latestPeriods())
                  : ValueSelection.from(request.fromPeriod()));
    }
    return fetch(client, metadata, query);
  }

  /** Fetches the query's KPIs from Kolada and stores each as a table (code = KPI id). */
  @Override
  public FetchSummary fetchKolada(KoladaQuery query) throws FetchException, ImportException {
    FetchSummary[] summary = {FetchSummary.empty("Kolada", query.kpis())};
    kolada.fetch(query, part -> summary[0] = store(summary[0], part, Country.SE));
    log(summary[0]);
    return summary[0];
  }

  private FetchSummary fetch(PxWebClient client, TableMetadata metadata, TableQuery query)
      throws FetchException, ImportException {
    PxWebOffice office = client.office();
    FetchSummary[] summary = {FetchSummary.empty(office.name(), List.of(query.tableId()))};
    client.fetch(metadata, query, part -> summary[0] = store(summary[0], part, office.country()));
    log(summary[0]);
    return summary[0];
  }

  private FetchSummary store(FetchSummary sum, FetchedPart part, Country country)
      throws ImportException {
    ImportSummary stored =
        store.store(part.dataset(), DatasetMapping.guess(part.dataset(), country), part.office());
    LOG.fine(
        () ->
            String.format(
                "%s %s part %d: %d cells, %d added, %d revised",
                part.office(),
                part.tableId(),
                part.part(),
                stored.read(),
                stored.added(),
                stored.revised()));
    return sum.plus(stored);
  }

  private PxWebClient client(String office) {
    return switch (office == null ? "" : office.strip().toUpperCase(Locale.ROOT)) {
      case "SSB" -> ssb;
      case "SCB" -> scb;
      default ->
          throw new IllegalArgumentException(
              "Barometer fetches PxWeb tables from SSB or SCB, not '" + office + "'");
    };
  }

  private static void log(FetchSummary s) {
    LOG.info(
        () ->
            String.format(
                "Fetched %s %s: %d parts, %d cells, %d added, %d revised, %d unchanged",
                s.office(),
                s.tables(),
                s.parts(),
                s.read(),
                s.added(),
                s.revised(),
                s.unchanged()));
  }
}
