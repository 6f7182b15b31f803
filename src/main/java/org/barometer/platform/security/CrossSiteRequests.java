package org.barometer.platform.security;

import java.net.URI;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Tells a request sent by a page of another site from one sent by Barometer's own pages or by a
 * program. A browser that once answered the API's Basic challenge sends those credentials with
 * every later request to the server, also a form posted from another site; so a change through the
 * API is refused when the browser says it comes from elsewhere. Browsers say so in {@code
 * Sec-Fetch-Site} (all current ones) and {@code Origin} (older ones, on every cross-site POST).
 * Programs send neither and are not affected.
 */
public final class CrossSiteRequests {

  private CrossSiteRequests() {}

  /**
   * Whether the request comes from another site's page.
   *
   * @param header the request's header by name, or null where it has none
   * @param publicUrl the address people reach Barometer at ({@code barometer.public.url}): behind a
   *     proxy the {@code Host} the server sees is not the one in the browser's {@code Origin}
   */
  public static boolean fromAnotherSite(UnaryOperator<String> header, String publicUrl) {
    String fetchSite = header.apply("Sec-Fetch-Site");
    if (fetchSite != null) {
      String site = fetchSite.trim().toLowerCase(Locale.ROOT);
      return !site.equals("same-origin") && !site.equals("none");
    }
    String origin = header.apply("Origin");
    if (origin == null) {
      return false;
    }
    String from = authority(origin);
    String host = header.apply("Host");
    boolean sameHost = host != null && host.equalsIgnoreCase(from);
    return !sameHost && !(publicUrl != null && authority(publicUrl).equalsIgnoreCase(from));
  }

  /** host[:port] of an origin; "" for {@code null} (sandboxed pages, file: URLs) or garbage. */
  private static String authority(String origin) {
    try {
      String authority = URI.create(origin.trim()).getRawAuthority();
      return authority == null ? "" : authority;
    } catch (IllegalArgumentException notAnOrigin) {
      return "";
    }
  }
}
