package org.barometer.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses plain HTTP from other computers, where passwords, session cookies and personal links
 * would cross the network readable by anyone on the way.
 *
 * <p>Allowed are HTTPS (at this server, or at a proxy declared with {@code barometer.behind-proxy}
 * that says so in {@code X-Forwarded-Proto}), requests from this computer itself (the demo, the
 * tests, a proxy on the same host that forwards HTTPS), and everything when {@code
 * barometer.allow-plain-http=true} (a closed network that accepts the risk). A refused request for
 * a page is sent on to the same address under {@code barometer.public.url} when that is HTTPS, and
 * otherwise answered 403 with what to configure. Liberty's own {@code /health} is outside the
 * application and stays reachable for monitoring.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PlainHttpGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String REFUSAL =
      "Barometer answers other computers over HTTPS only. Put TLS in front of it and declare the"
          + " proxy with barometer.behind-proxy=true, or accept plain HTTP on a closed network with"
          + " barometer.allow-plain-http=true (README, Security).";

  private final boolean allowPlainHttp =
      ConfigProvider.getConfig()
          .getOptionalValue("barometer.allow-plain-http", Boolean.class)
          .orElse(false);

  private final String publicUrl =
      ConfigProvider.getConfig().getOptionalValue("barometer.public.url", String.class).orElse("");

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (allowPlainHttp || ClientAddress.overHttps(request) || fromThisComputer(request)) {
      chain.doFilter(request, response);
    } else if (publicUrl.startsWith("https://") && "GET".equals(request.getMethod())) {
      String path = request.getRequestURI().substring(request.getContextPath().length());
      String query = request.getQueryString();
      response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
      response.setHeader(
          "Location", publicUrl.replaceAll("/+$", "") + path + (query == null ? "" : "?" + query));
    } else {
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      response.setContentType("text/plain");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().println(REFUSAL);
    }
  }

  /** Whether the client is this computer: a loopback address, read without asking any DNS. */
  private static boolean fromThisComputer(HttpServletRequest request) {
    String address = ClientAddress.of(request);
    return address.startsWith("127.")
        || address.equals("::1")
        || address.equals("0:0:0:0:0:0:0:1")
        || address.equals("[::1]");
  }
}
