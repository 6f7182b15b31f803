package org.barometer.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.time.Duration;

/**
 * The {@link LoginThrottle} in front of the staff pages' form login ({@code j_security_check}, the
 * container's own): an attempt that must wait goes back to the login page with the seconds to wait,
 * without reaching the container; otherwise the container checks the password, and its answer (a
 * redirect to the form's error page, or on to the page asked for) says whether it failed.
 */
@WebFilter("/j_security_check")
public class LoginFormThrottle extends HttpFilter {

  private static final long serialVersionUID = 1L;

  /** The form's error page, as web.xml names it. */
  private static final String FAILED = "failed=true";

  @Inject LoginThrottle throttle;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String user = request.getParameter("j_username");
    String address = ClientAddress.of(request);
    Duration wait = throttle.wait(user, address);
    if (!wait.isZero()) {
      response.setHeader("Retry-After", Long.toString(LoginThrottle.seconds(wait)));
      response.sendRedirect(
          request.getContextPath() + "/login.xhtml?wait=" + LoginThrottle.seconds(wait));
      return;
    }
    var answer = new RedirectSeen(response);
    chain.doFilter(request, answer);
    if (answer.location != null && answer.location.contains(FAILED)) {
      throttle.failed(user, address);
    } else if (answer.location != null) {
      throttle.succeeded(user, address);
    }
  }

  /** Notes where the container sends the browser after checking the password. */
  private static final class RedirectSeen extends HttpServletResponseWrapper {
    private String location;

    RedirectSeen(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendRedirect(String target) throws IOException {
      location = target;
      super.sendRedirect(target);
    }

    @Override
    public void setHeader(String name, String value) {
      if ("Location".equalsIgnoreCase(name)) {
        location = value;
      }
      super.setHeader(name, value);
    }
  }
}
