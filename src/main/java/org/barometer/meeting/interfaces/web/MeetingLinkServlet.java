package org.barometer.meeting.interfaces.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.barometer.meeting.application.MeetingLinks;

/**
 * The addresses in the meeting e-mails: {@code /meetings/<id>}, the registration page, and {@code
 * /m/<token>}, a person's own registration. The address bar keeps the link that was clicked; the
 * personal one is never sent on as a referrer or cached.
 */
@WebServlet({MeetingLinks.MEETING_PATH + "*", MeetingLinks.REGISTRATION_PATH + "*"})
public class MeetingLinkServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String rest = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    String value = URLEncoder.encode(rest, StandardCharsets.UTF_8);
    if (request.getServletPath().equals(MeetingLinks.REGISTRATION_PATH.replaceAll("/$", ""))) {
      response.setHeader("Referrer-Policy", "no-referrer");
      response.setHeader("Cache-Control", "no-store");
      request.getRequestDispatcher("/registration.xhtml?t=" + value).forward(request, response);
    } else {
      request.getRequestDispatcher("/meeting.xhtml?id=" + value).forward(request, response);
    }
  }
}
