package org.barometer.survey.interfaces.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The short personal link of the invitation mail, {@code /s/<token>}: shows the answer page for it
 * while the address bar keeps the link the respondent clicked.
 */
@WebServlet("/s/*")
public class AnswerLinkServlet extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException, ServletException {
    String token = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("Cache-Control", "no-store");
    request
        .getRequestDispatcher("/answer.xhtml?t=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
        .forward(request, response);
  }
}
