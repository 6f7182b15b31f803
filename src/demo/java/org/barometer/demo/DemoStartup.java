package org.barometer.demo;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Starts the demo loader at the one moment the Servlet specification orders after every {@code
 * ServletContextListener}: the initialisation of the load-on-startup servlets. By then {@code
 * DatabaseMigration} has brought the schema up to date. (CDI's {@code @Initialized
 * (ApplicationScoped.class)} event comes too early on Liberty, and the order of annotated listeners
 * among themselves is unspecified.)
 *
 * <p>The servlet serves nothing: its address answers 404 like any unknown one.
 */
@WebServlet(urlPatterns = "/demo-startup", loadOnStartup = 100)
public class DemoStartup extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient DemoDataLoader loader;

  @Override
  public void init() {
    loader.loadIfWanted();
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
