package org.barometer.statistics.infrastructure.fetch.kolada;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.barometer.statistics.application.FetchException;
import org.barometer.statistics.application.KoladaQuery;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.infrastructure.fetch.FetchCount;
import org.barometer.statistics.infrastructure.fetch.FetchedPart;
import org.barometer.statistics.infrastructure.fetch.OfficeHttp;
import org.barometer.statistics.infrastructure.fetch.PartReceiver;
import org.barometer.statistics.infrastructure.fetch.RateLimit;
import org.barometer.statistics.infrastructure.fetch.TimeSource;

/**
 * Fetches KPI values from Kolada's API v3 ({@code GET {base}/data/kpi/{kpi}/municipality/{ids}
 * /year/{years}}, following {@code next_url}) and hands them on as {@link Dataset}s (see {@link
 * KoladaTable}), one part per KPI and batch of municipalities, so they are stored like any other
 * table. The KPIs' titles are read from the catalogue first (they become the tables' titles), which
 * also refuses an unknown KPI id before any data is asked for.
 *
 * <p>Kolada publishes no rate limit; {@link #RATE_LIMIT} is this client's own restraint. Municipal
 * ids go {@link #MUNICIPALITIES_PER_REQUEST} to a request, which keeps addresses short and parts
 * small.
 */
public final class KoladaClient {

  public static final URI DEFAULT_URI = URI.create("https://api.kolada.se/v3");
  public static final RateLimit RATE_LIMIT = RateLimit.of(5, Duration.ofSeconds(1));
  public static final int MUNICIPALITIES_PER_REQUEST = 20;

  private final URI base;
  private final OfficeHttp http;
  private final KoladaPages pages;

  private KoladaClient(URI base, OfficeHttp http) {
    String s = Objects.requireNonNull(base, "base").toString().replaceAll("/+$", "");
    this.base = URI.create(s);
    this.http = Objects.requireNonNull(http, "http");
    this.pages = new KoladaPages(http, this.base);
  }

  public static KoladaClient of(URI base, Duration timeout, TimeSource time) {
    return new KoladaClient(base, OfficeHttp.create("Kolada", timeout, RATE_LIMIT, time));
  }

  public static KoladaClient of(URI base) {
    return of(base, Duration.ofSeconds(60), TimeSource.system());
  }

  public URI base() {
    return base;
  }

  /** The KPI catalogue of this Kolada. */
  public KpiCatalogue catalogue() {
    return new KpiCatalogue(this);
  }

  KoladaPages pages() {
    return pages;
  }

  /**
   * Fetches the query, one part per KPI and batch of municipalities.
   *
   * @throws IllegalArgumentException when Kolada does not know a KPI
   * @throws FetchException when Kolada fails or refuses a request; earlier parts were received
   * @throws ImportException when an answer is not Kolada JSON, or the receiver refuses a part
   */
  public FetchCount fetch(KoladaQuery query, PartReceiver receiver)
      throws FetchException, ImportException {
    Map<String, String> titles = new HashMap<>();
    for (Kpi kpi : catalogue().byIds(query.kpis())) {
      titles.put(kpi.id(), kpi.title());
    }
    List<String> unknown = query.kpis().stream().filter(k -> !titles.containsKey(k)).toList();
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("Kolada has no KPI " + String.join(", ", unknown));
    }
    List<List<String>> batches = batches(query.municipalities());
    int parts = 0;
    long cells = 0;
    for (String kpi : query.kpis()) {
      for (List<String> batch : batches) {
        URI uri = dataUri(kpi, batch, query.years());
        KoladaTable table = new KoladaTable(kpi);
        pages.read(uri, table::add);
        if (table.isEmpty()) {
          continue; // nothing published for these municipalities and years
        }
        Dataset dataset = table.toDataset(titles.get(kpi));
        parts++;
        receiver.receive(new FetchedPart(dataset, "Kolada", kpi, uri, parts, 0));
        cells += dataset.size();
      }
    }
    return new FetchCount(parts, cells);
  }

  URI dataUri(String kpi, List<String> municipalities, List<Integer> years) {
    StringBuilder path = new StringBuilder(base.toString()).append("/data/kpi/").append(kpi);
    if (!municipalities.isEmpty()) {
      path.append("/municipality/").append(String.join(",", municipalities));
    }
    if (!years.isEmpty()) {
      path.append("/year/")
          .append(years.stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
    return URI.create(path.toString());
  }

  private static List<List<String>> batches(List<String> municipalities) {
    List<List<String>> batches = new ArrayList<>();
    if (municipalities.isEmpty()) {
      batches.add(List.of()); // all municipalities, in one request and its pages
      return batches;
    }
    for (int i = 0; i < municipalities.size(); i += MUNICIPALITIES_PER_REQUEST) {
      batches.add(
          municipalities.subList(
              i, Math.min(municipalities.size(), i + MUNICIPALITIES_PER_REQUEST)));
    }
    return batches;
  }
}
