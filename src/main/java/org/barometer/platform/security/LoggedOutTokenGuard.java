package org.barometer.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Refuses a request that carries a single sign-on token its holder logged out with: the browser is
 * told to forget the cookie, an API call is answered 401, and a page is asked for again, which
 * without the cookie leads to the login form.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class LoggedOutTokenGuard extends HttpFilter {

  private static final long serialVersionUID = 1L;

  @Inject LoggedOutTokens loggedOut;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    Optional<String> token = LoggedOutTokens.carriedBy(request);
    if (token.isEmpty() || !loggedOut.contains(token.get())) {
      chain.doFilter(request, response);
      return;
    }
    Cookie forget = new Cookie(LoggedOutTokens.SSO_COOKIE, "");
    forget.setPath("/");
    forget.setMaxAge(0);
    forget.setHttpOnly(true);
    response.addCookie(forget);
    var session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    String path = request.getRequestURI();
    if (path.startsWith(request.getContextPath() + "/api/")) {
      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
      response.setContentType("application/json");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().print("{\"message\":\"You have logged out: log in again.\"}");
    } else {
      String query = request.getQueryString();
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader(
          "Location",
          "GET".equals(request.getMethod()) && query != null ? path + "?" + query : path);
    }
  }
}
