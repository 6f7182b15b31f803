package org.barometer.statistics.infrastructure.fetch.klass;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Objects;
import org.barometer.statistics.application.FetchException;
import org.barometer.statistics.application.KlassChanges;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.infrastructure.fetch.OfficeHttp;
import org.barometer.statistics.infrastructure.fetch.RateLimit;
import org.barometer.statistics.infrastructure.fetch.TimeSource;

/**
 * Fetches the change list of KLASS classification 131 (municipalities): {@code GET
 * {base}/classifications/131/changes?from=YYYY-MM-DD&to=YYYY-MM-DD} with {@code Accept:
 * application/json} (KLASS answers XML by default), read by {@link KlassChanges}. The whole list
 * since 1977 is one answer of under 100 kB, so it is not paged.
 *
 * <p>KLASS publishes no rate limit of its own; {@link #RATE_LIMIT} is SSB's for its statistics API,
 * kept here as the client's restraint.
 */
public final class KlassClient {

  public static final URI DEFAULT_URI = URI.create("https://data.ssb.no/api/klass/v1");
  public static final RateLimit RATE_LIMIT = RateLimit.of(30, Duration.ofMinutes(1));

  /** KLASS's id of the classification of municipalities (kommuneinndeling). */
  public static final String MUNICIPALITIES = "131";

  private final URI base;
  private final OfficeHttp http;

  private KlassClient(URI base, OfficeHttp http) {
    String s = Objects.requireNonNull(base, "base").toString().replaceAll("/+$", "");
    this.base = URI.create(s);
    this.http = Objects.requireNonNull(http, "http");
  }

  public static KlassClient of(URI base, Duration timeout, TimeSource time) {
    return new KlassClient(base, OfficeHttp.create("SSB KLASS", timeout, RATE_LIMIT, time));
  }

  public URI base() {
    return base;
  }

  /**
   * The municipal changes that occurred from {@code from} to {@code to}.
   *
   * @throws IllegalArgumentException when {@code to} is before {@code from}
   * @throws FetchException when KLASS fails or refuses
   * @throws ImportException when the answer is not a KLASS change list Barometer can read
   */
  public KlassChanges.Read municipalityChanges(LocalDate from, LocalDate to)
      throws FetchException, ImportException {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("The change list runs from " + from + ", not to " + to);
    }
    URI uri =
        URI.create(
            base + "/classifications/" + MUNICIPALITIES + "/changes?from=" + from + "&to=" + to);
    return http.get(
        uri,
        body -> {
          try {
            return KlassChanges.json(body);
          } catch (IllegalArgumentException e) {
            throw new ImportException(uri.toString(), null, e.getMessage());
          }
        });
  }
}
