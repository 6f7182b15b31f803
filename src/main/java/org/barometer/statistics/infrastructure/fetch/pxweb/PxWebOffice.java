package org.barometer.statistics.infrastructure.fetch.pxweb;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.barometer.shared.Country;
import org.barometer.statistics.infrastructure.fetch.RateLimit;

/**
 * A statistics office that publishes through PxWebApi 2 and the limits it sets. A query above
 * {@code maxCells} is refused by the office, and more calls than {@code rateLimit} allows are
 * answered 429, so the client splits and spaces its requests by these numbers.
 *
 * @param name the short name tables are stored under ("SSB", "SCB")
 * @param country whose region codes the office writes
 * @param baseUri the API's root, without a trailing slash; configurable so a mirror or a test
 *     server can stand in
 * @param maxCells the most cells (SCB says values) one query may ask for
 * @param rateLimit the most queries per time window
 */
public record PxWebOffice(
    String name, Country country, URI baseUri, long maxCells, RateLimit rateLimit) {

  /** Statistics Norway: 800,000 cells per query, 30 queries a minute. */
  public static final URI SSB_URI = URI.create("https://data.ssb.no/api/pxwebapi/v2");

  /** Statistics Sweden: 100,000 values per query, 10 calls per 10 seconds. */
  public static final URI SCB_URI = URI.create("https://statistikdatabasen.scb.se/api/v2");

  public PxWebOffice {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(rateLimit, "rateLimit");
    baseUri = withoutTrailingSlash(Objects.requireNonNull(baseUri, "baseUri"));
    if (maxCells < 1) {
      throw new IllegalArgumentException("maxCells must be at least 1");
    }
  }

  public static PxWebOffice ssb() {
    return new PxWebOffice(
        "SSB", Country.NO, SSB_URI, 800_000, RateLimit.of(30, Duration.ofMinutes(1)));
  }

  public static PxWebOffice scb() {
    return new PxWebOffice(
        "SCB", Country.SE, SCB_URI, 100_000, RateLimit.of(10, Duration.ofSeconds(10)));
  }

  public PxWebOffice withBaseUri(URI uri) {
    return new PxWebOffice(name, country, uri, maxCells, rateLimit);
  }

  public PxWebOffice withMaxCells(long cells) {
    return new PxWebOffice(name, country, baseUri, cells, rateLimit);
  }

  private static URI withoutTrailingSlash(URI uri) {
    String s = uri.toString();
    return s.endsWith("/") ? URI.create(s.replaceAll("/+$", "")) : uri;
  }
}
