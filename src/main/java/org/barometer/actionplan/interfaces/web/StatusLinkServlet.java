package org.barometer.actionplan.interfaces.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.barometer.actionplan.application.StatusLinks;

/**
 * The personal link of a status round's mail, {@code /status/<token>}: shows the owner's page for
 * it while the address bar keeps the link; never sent on as a referrer or cached.
 */
@WebServlet(StatusLinks.PATH + "*")
public class StatusLinkServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String token = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    request
        .getRequestDispatcher("/status.xhtml?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
        .forward(request, response);
  }
}
