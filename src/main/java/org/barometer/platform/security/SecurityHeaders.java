package org.barometer.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * The headers every page and API answer carries, so that a browser does not let another site frame
 * Barometer, guess content types, learn a personal link from the {@code Referer}, or keep a staff
 * page or a respondent's draft in its cache for the next person at the same computer.
 *
 * <p>The content security policy limits framing, plugins, the base address and where forms may
 * post; it does not limit scripts, since PrimeFaces writes inline scripts into its pages.
 * Strict-Transport-Security is only sent over HTTPS (directly or as a proxy says with {@code
 * X-Forwarded-Proto}), as browsers ignore it over plain HTTP.
 */
@WebFilter(
    urlPatterns = "/*",
    asyncSupported = true,
    // Again on an error page's dispatch: sending an error may clear the headers set before.
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

  private static final long serialVersionUID = 1L;

  static final String CONTENT_SECURITY_POLICY =
      "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self'";

  /** Where PrimeFaces' scripts, styles and icons come from: the same for everyone, cacheable. */
  private static final String SHARED_RESOURCES = "/jakarta.faces.resource/";

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    apply(request, response);
    // A page or download that resets the response (a not-found page, a file) keeps the headers.
    chain.doFilter(
        request,
        new HttpServletResponseWrapper(response) {
          @Override
          public void reset() {
            super.reset();
            apply(request, response);
          }
        });
  }

  private static void apply(HttpServletRequest request, HttpServletResponse response) {
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("Referrer-Policy", "same-origin");
    if (!request.getRequestURI().startsWith(request.getContextPath() + SHARED_RESOURCES)) {
      response.setHeader("Cache-Control", "no-store");
    }
    if (request.isSecure() || "https".equalsIgnoreCase(request.getHeader("X-Forwarded-Proto"))) {
      response.setHeader("Strict-Transport-Security", "max-age=31536000");
    }
  }
}
