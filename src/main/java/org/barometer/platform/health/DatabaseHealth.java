package org.barometer.platform.health;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database answers: without it no page or API call can work. */
@Readiness
@ApplicationScoped
public class DatabaseHealth implements HealthCheck {

  @Resource(lookup = "jdbc/barometer")
  private DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var health = HealthCheckResponse.named("database");
    try (var connection = dataSource.getConnection()) {
      return health
          .status(connection.isValid(2))
          .withData("product", connection.getMetaData().getDatabaseProductName())
          .build();
    } catch (SQLException e) {
      return health.down().withData("error", e.getMessage()).build();
    }
  }
}
