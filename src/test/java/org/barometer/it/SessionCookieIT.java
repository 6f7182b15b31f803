package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The session cookies of a form login (JSESSIONID, LtpaToken2), which a browser sends along with a
 * request that another site makes it send, change nothing through {@code /api}: every POST, PUT,
 * PATCH and DELETE of the API document, sent with the admin's cookies and no credentials of its
 * own, is answered 401 and leaves the data as it was. The same cookies do read, which shows they
 * are a real login.
 */
@ExtendWith(ArquillianExtension.class)
class SessionCookieIT {

  private static final List<String> UNSAFE = List.of("post", "put", "patch", "delete");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void aSessionCookieAloneChangesNothingThroughTheApi() {
    PageSession admin = PageSession.login(base, "admin", "admin-demo");
    var read = admin.get("/api/surveys");
    assertEquals(200, read.status(), "the session reads: " + read);

    JsonObject paths =
        Api.anonymous(base).get("/openapi?format=JSON").json().getJsonObject("paths");
    String before = snapshot();
    Map<String, Integer> notRefused = new LinkedHashMap<>();
    int tried = 0;
    for (var path : paths.entrySet()) {
      for (var operation : path.getValue().asJsonObject().entrySet()) {
        if (!UNSAFE.contains(operation.getKey()) || isPublic(operation.getValue().asJsonObject())) {
          continue;
        }
        tried++;
        String concrete = path.getKey().replaceAll("\\{[^}]+}", "1");
        String contentType = contentType(operation.getValue().asJsonObject());
        var reply =
            admin.send(operation.getKey().toUpperCase(), concrete, contentType, body(contentType));
        if (reply.status() != 401) {
          notRefused.put(operation.getKey().toUpperCase() + " " + path.getKey(), reply.status());
        }
      }
    }
    assertEquals(Map.of(), notRefused, "unsafe calls a session cookie was not refused");
    assertTrue(tried > 30, "unsafe staff operations in the API document: " + tried);
    assertEquals(before, snapshot(), "nothing changed");
  }

  /** An operation the document marks as needing no login ({@code security: []}). */
  private static boolean isPublic(JsonObject operation) {
    return operation.containsKey("security")
        && operation.get("security").getValueType() == JsonValue.ValueType.ARRAY
        && operation.getJsonArray("security").isEmpty();
  }

  /** The request body's declared type, so that the call reaches the resource and its guard. */
  private static String contentType(JsonObject operation) {
    if (!operation.containsKey("requestBody")) {
      return "application/json";
    }
    JsonObject content = operation.getJsonObject("requestBody").getJsonObject("content");
    return content == null || content.isEmpty()
        ? "application/json"
        : content.keySet().iterator().next();
  }

  private static String body(String contentType) {
    return contentType.contains("json") ? "{}" : "x";
  }

  private String snapshot() {
    return String.join(
        "\n",
        Api.analyst(base).get("/api/surveys").body(),
        Api.analyst(base).get("/api/plans").body(),
        Api.analyst(base).get("/api/statistics/groups").body(),
        Api.organiser(base).get("/api/forums").body(),
        Api.organiser(base).get("/api/meetings").body());
  }
}
