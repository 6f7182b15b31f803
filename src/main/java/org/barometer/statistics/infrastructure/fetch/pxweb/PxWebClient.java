package org.barometer.statistics.infrastructure.fetch.pxweb;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.logging.Logger;
import org.barometer.statistics.application.FetchException;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.application.importer.jsonstat.JsonStatParser;
import org.barometer.statistics.infrastructure.fetch.FetchCount;
import org.barometer.statistics.infrastructure.fetch.FetchedPart;
import org.barometer.statistics.infrastructure.fetch.OfficeHttp;
import org.barometer.statistics.infrastructure.fetch.PartReceiver;
import org.barometer.statistics.infrastructure.fetch.TimeSource;

/**
 * Fetches tables from an office's PxWebApi 2 (SSB, SCB) as JSON-stat 2.0.
 *
 * <ol>
 *   <li>{@link #metadata}: {@code GET {base}/tables/{id}/metadata?lang=..}, the table's variables
 *       and values.
 *   <li>{@link #plan}: the query resolved against them and split to the office's cell limit.
 *   <li>{@link #fetch}: each part as {@code GET {base}/tables/{id}/data?lang=..
 *       &outputFormat=json-stat2&valueCodes[Var]=a,b} (or, when that address would be longer than
 *       {@link #MAX_GET_LENGTH}, as a POST to the same address without the value codes, with the
 *       selection in the body), parsed by the JSON-stat importer and handed to the receiver before
 *       the next part is asked for.
 * </ol>
 *
 * Every request waits its turn under the office's rate limit (see {@link OfficeHttp}). Each answer
 * is checked to hold exactly the cells asked for: an office that answered something else (another
 * table, eliminated variables) is a failure, not data.
 */
public final class PxWebClient {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /**
   * Addresses longer than this go as POST with the selection in the body: servers and proxies
   * commonly refuse request lines over 8 KB, and a split part can list hundreds of region codes.
   */
  public static final int MAX_GET_LENGTH = 4_000;

  private static final Logger LOG = Logger.getLogger(PxWebClient.class.getName());

  private final PxWebOffice office;
  private final OfficeHttp http;

  private PxWebClient(PxWebOffice office, OfficeHttp http) {
    this.office = Objects.requireNonNull(office, "office");
    this.http = Objects.requireNonNull(http, "http");
  }

  public static PxWebClient of(PxWebOffice office) {
    return of(office, DEFAULT_TIMEOUT, TimeSource.system());
  }

  public static PxWebClient of(PxWebOffice office, Duration timeout, TimeSource time) {
    return new PxWebClient(
        office, OfficeHttp.create(office.name(), timeout, office.rateLimit(), time));
  }

  /** With an HTTP wrapper of the caller's, e.g. one whose rate limiter is shared. */
  public static PxWebClient of(PxWebOffice office, OfficeHttp http) {
    return new PxWebClient(office, http);
  }

  public PxWebOffice office() {
    return office;
  }

  /** The table's variables and values. */
  public TableMetadata metadata(String tableId, String language)
      throws FetchException, ImportException {
    URI uri =
        uri(
            "/tables/"
                + SubQuery.encode(tableId)
                + "/metadata"
                + (blank(language) ? "" : "?" + lang(language)));
    String name = office.name() + " " + tableId + " metadata";
    return http.get(uri, in -> MetadataReader.read(name, tableId, in));
  }

  /** The requests the query will be fetched in, each within the office's cell limit. */
  public List<SubQuery> plan(TableQuery query) throws FetchException, ImportException {
    return plan(metadata(query.tableId(), query.language()), query);
  }

  public List<SubQuery> plan(TableMetadata metadata, TableQuery query) {
    return QueryPlanner.plan(metadata, query, office.maxCells());
  }

  /**
   * Fetches the query part by part, handing each to {@code receiver} as it is parsed.
   *
   * @throws IllegalArgumentException when the query names a variable or value the table lacks
   * @throws FetchException when the office fails or refuses a part; earlier parts were received
   * @throws ImportException when a part cannot be read as JSON-stat, or the receiver refuses it
   */
  public FetchCount fetch(TableQuery query, PartReceiver receiver)
      throws FetchException, ImportException {
    return fetch(metadata(query.tableId(), query.language()), query, receiver);
  }

  /** As {@link #fetch(TableQuery, PartReceiver)}, with metadata the caller has just read. */
  public FetchCount fetch(TableMetadata metadata, TableQuery query, PartReceiver receiver)
      throws FetchException, ImportException {
    List<SubQuery> parts = plan(metadata, query);
    LOG.info(
        () ->
            String.format(
                "%s %s: %d cells in %d parts",
                office.name(),
                query.tableId(),
                parts.stream().mapToLong(SubQuery::cells).sum(),
                parts.size()));
    long cells = 0;
    for (int i = 0; i < parts.size(); i++) {
      SubQuery part = parts.get(i);
      URI get = dataUri(query, part);
      boolean post = get.toString().length() > MAX_GET_LENGTH;
      URI uri = post ? dataUri(query, null) : get;
      String name = office.name() + " " + query.tableId() + " part " + (i + 1) + "/" + parts.size();
      OfficeHttp.BodyReader<Dataset> reader =
          in -> one(uri, name, new JsonStatParser().parse(name, in, query.language()));
      Dataset dataset = post ? http.post(uri, part.selectionJson(), reader) : http.get(uri, reader);
      if (dataset.size() != part.cells()) {
        throw new FetchException(
            uri,
            200,
            office.name()
                + " answered "
                + dataset.size()
                + " cells to "
                + uri
                + ", but "
                + part.cells()
                + " were asked for");
      }
      if (dataset.tableId() == null) {
        dataset = dataset.withTableId(query.tableId());
      }
      receiver.receive(
          new FetchedPart(dataset, office.name(), query.tableId(), uri, i + 1, parts.size()));
      cells += dataset.size();
    }
    return new FetchCount(parts.size(), cells);
  }

  /** The data address of one part; without the part (null), the address its POST goes to. */
  public URI dataUri(TableQuery query, SubQuery part) {
    return uri(
        "/tables/"
            + SubQuery.encode(query.tableId())
            + "/data?"
            + (blank(query.language()) ? "" : lang(query.language()) + "&")
            + "outputFormat=json-stat2"
            + (part == null ? "" : "&" + part.valueCodesParameters()));
  }

  private static Dataset one(URI uri, String name, List<Dataset> datasets) throws FetchException {
    if (datasets.size() != 1) {
      throw new FetchException(
          uri, 200, name + ": expected one JSON-stat dataset, got " + datasets.size());
    }
    return datasets.get(0);
  }

  private URI uri(String pathAndQuery) {
    return URI.create(office.baseUri() + pathAndQuery);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String lang(String language) {
    return "lang=" + SubQuery.encode(language.strip());
  }
}
