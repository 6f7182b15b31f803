package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The running application's health, API document and the guard on staff endpoints. */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void healthIsUpWithTheDatabase() {
    var reply = Api.anonymous(base).get("/health");
    assertEquals(200, reply.status(), reply.body());
    assertEquals("UP", reply.json().getString("status"));
    assertTrue(reply.body().contains("database"), reply.body());
  }

  @Test
  void openApiDocumentDescribesTheApi() {
    var reply = Api.anonymous(base).get("/openapi");
    assertEquals(200, reply.status());
    assertTrue(reply.body().contains("/api/surveys"), "OpenAPI lists /api/surveys");
    assertEquals(200, Api.anonymous(base).get("/openapi/ui/").status());
  }

  @Test
  void staffEndpointsRefuseStrangersWithJson() {
    var anonymous = Api.anonymous(base).get("/api/surveys");
    assertEquals(401, anonymous.status());
    assertTrue(anonymous.contentType().startsWith("application/json"), anonymous.contentType());
    assertTrue(anonymous.json().getString("message").contains("Log in"));

    var wrongPassword = Api.as(base, "analyst", "guess").get("/api/surveys");
    assertEquals(401, wrongPassword.status());
  }

  @Test
  void theShippedTemplatesAreLoadedAndNoneIsRefused() {
    var reply = Api.analyst(base).post("/api/templates/reload");
    assertEquals(200, reply.status(), reply.body());
    var codes =
        reply.json().getJsonArray("templates").stream()
            .map(t -> t.asJsonObject().getString("code"))
            .toList();
    assertTrue(
        codes.containsAll(List.of("business-climate", "service-satisfaction", "meeting-feedback")),
        codes.toString());
    assertEquals(0, reply.json().getJsonArray("refused").size(), reply.body());
    assertEquals(403, Api.viewer(base).get("/api/templates").status());
  }

  @Test
  void aViewerCannotCreateSurveys() {
    var reply =
        Api.viewer(base)
            .postJson(
                "/api/surveys",
                "{\"code\":\"nope\",\"name\":\"Nope\",\"templateCode\":\"business-climate\"}");
    assertEquals(403, reply.status(), reply.body());
    assertTrue(reply.json().getString("message").contains("analyst"));
  }
}
