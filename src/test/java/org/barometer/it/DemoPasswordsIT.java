package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A server outside the demo will not run with the demonstration passwords that users.xml ships
 * with, and says why in its log; given passwords of its own (here as environment variables, as the
 * Docker image is given them) it starts, and only the new passwords log in.
 */
class DemoPasswordsIT {

  @Test
  void aServerWithTheShippedPasswordsRefusesToStartAndSaysWhy() throws Exception {
    try (StandaloneServer server = new StandaloneServer(Map.of(), Map.of())) {
      String log = server.startAndAwaitApplication();
      assertTrue(
          log.contains("CWWKZ0012I: The application barometer was not started"),
          "the application was not started:\n" + tail(log));
      assertFalse(log.contains("CWWKZ0001I"), tail(log));
      assertTrue(
          Pattern.compile(
                  "DemoPasswordGuard +E Barometer will not start: the staff user\\(s\\)"
                      + " admin, analyst, organiser, viewer have the published demonstration"
                      + " password or none")
              .matcher(log)
              .find(),
          "logged as an error (SEVERE) that names the users:\n" + tail(log));

      var health = Api.anonymous(server.base()).get("/health");
      assertNotEquals(200, health.status(), health.toString());
      assertTrue(health.body().contains("DOWN"), health.toString());
      var surveys = Api.as(server.base(), "analyst", "analyst-demo").get("/api/surveys");
      assertEquals(404, surveys.status(), "nothing is served: " + surveys);
    }
  }

  @Test
  void aServerWithPasswordsOfItsOwnStartsAndOnlyThoseLogIn() throws Exception {
    Map<String, String> passwords =
        Map.of(
            "BAROMETER_ADMIN_PASSWORD", "a-Long-admin-9",
            "BAROMETER_ANALYST_PASSWORD", "an-Analyst-of-ours-4",
            "BAROMETER_ORGANISER_PASSWORD", "organised-Well-7",
            "BAROMETER_VIEWER_PASSWORD", "just-Looking-2");
    try (StandaloneServer server = new StandaloneServer(Map.of(), passwords)) {
      String log = server.startAndAwaitApplication();
      assertTrue(log.contains("CWWKZ0001I"), "the application started:\n" + tail(log));
      assertFalse(log.contains("Barometer will not start"), tail(log));

      assertEquals(200, Api.anonymous(server.base()).get("/health").status());
      var own = Api.as(server.base(), "analyst", "an-Analyst-of-ours-4").get("/api/surveys");
      assertEquals(200, own.status(), own.toString());
      var demo = Api.as(server.base(), "analyst", "analyst-demo").get("/api/surveys");
      assertEquals(401, demo.status(), demo.toString());
    }
  }

  private static String tail(String log) {
    return log.substring(Math.max(0, log.length() - 4000));
  }
}
