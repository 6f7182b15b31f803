package org.barometer.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Where a request comes from and whether it came over HTTPS, as far as this server can tell.
 *
 * <p>Behind a proxy that terminates TLS ({@code barometer.behind-proxy=true}), every connection
 * comes from the proxy: the client is then the last address the proxy added to {@code
 * X-Forwarded-For}, and HTTPS is what the proxy says in {@code X-Forwarded-Proto}. Without that
 * setting the headers are ignored, since anyone can send them.
 */
public final class ClientAddress {

  private ClientAddress() {}

  /** Whether the server is configured to sit behind a TLS-terminating proxy. */
  public static boolean behindProxy() {
    Boolean known = behindProxy;
    if (known == null) {
      known =
          ConfigProvider.getConfig()
              .getOptionalValue("barometer.behind-proxy", Boolean.class)
              .orElse(false);
      behindProxy = known;
    }
    return known;
  }

  /** Read once: every request asks, and the setting is fixed while the server runs. */
  private static volatile Boolean behindProxy;

  /** Whether the request came over HTTPS: to this server, or to the declared proxy. */
  public static boolean overHttps(HttpServletRequest request) {
    return request.isSecure()
        || (behindProxy() && "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto")));
  }

  /** The client's address: the connection's, or behind a proxy the one the proxy names. */
  public static String of(HttpServletRequest request) {
    String forwarded = request.getHeader("X-Forwarded-For");
    if (forwarded != null && !forwarded.isBlank() && behindProxy()) {
      String[] hops = forwarded.split(",");
      return hops[hops.length - 1].strip();
    }
    return request.getRemoteAddr();
  }
}
