package org.barometer.platform.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Stops the application from starting when {@link StaffPasswords} refuses the configured staff
 * passwords, with a SEVERE line in the log that says which users and how to fix it. The application
 * is then not served at all (its pages and {@code /api} answer 404, {@code /health} is DOWN), which
 * no one can overlook, rather than running with passwords printed in the README.
 *
 * <p>The passwords are Liberty server variables; Liberty's MicroProfile Config sees the same
 * variables, bootstrap properties and environment variables that Liberty resolves users.xml from.
 * The sources are read raw, because MicroProfile Config treats an empty value as no value, and an
 * empty password must be refused rather than mistaken for an absent users.xml.
 */
@WebListener
public class DemoPasswordGuard implements ServletContextListener {

  private static final Logger LOG = Logger.getLogger(DemoPasswordGuard.class.getName());

  @Override
  public void contextInitialized(ServletContextEvent event) {
    Config config = ConfigProvider.getConfig(getClass().getClassLoader());
    List<String> refused = StaffPasswords.refusedUsers(name -> raw(config, name));
    if (!refused.isEmpty()) {
      String message = StaffPasswords.refusal(refused);
      LOG.severe(message);
      throw new IllegalStateException(message);
    }
  }

  /** The value of the highest-ordinal source that defines the name, as that source holds it. */
  private static Optional<String> raw(Config config, String name) {
    return StreamSupport.stream(config.getConfigSources().spliterator(), false)
        .map(source -> source.getValue(name))
        .filter(Objects::nonNull)
        .findFirst();
  }
}
