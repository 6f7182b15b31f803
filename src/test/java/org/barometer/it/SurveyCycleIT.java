package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A survey cycle through the REST API on a real database: create, open, invite the register, answer
 * by personal token, follow the response rate, export and import the answers, close.
 */
@ExtendWith(ArquillianExtension.class)
class SurveyCycleIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void aBusinessAnswersOnceAndTheRateRises() {
    Api analyst = Api.analyst(base);
    long cycle = Surveys.openCycleWithRegister(analyst, Surveys.uniqueCode("climate"));
    var tokens = Surveys.tokens(analyst, cycle);
    assertEquals(3, tokens.size());

    var reply =
        Api.anonymous(base)
            .postJson(
                "/api/responses", Surveys.submission(tokens.get(0), Surveys.COMPLETE_ANSWERS));
    assertEquals(201, reply.status(), reply.body());

    var again =
        Api.anonymous(base)
            .postJson(
                "/api/responses", Surveys.submission(tokens.get(0), Surveys.COMPLETE_ANSWERS));
    assertEquals(409, again.status(), again.body());
    assertEquals("token", again.json().getString("field"));

    var progress = Surveys.progress(Api.viewer(base), cycle);
    assertEquals(3, progress.getInt("invited"));
    assertEquals(1, progress.getInt("answered"));
    assertEquals(1.0 / 3, progress.getJsonNumber("responseRate").doubleValue(), 1e-12);
    var stratum =
        progress.getJsonArray("strata").stream()
            .map(v -> v.asJsonObject())
            .filter(
                s -> s.getString("industry").equals("B") && s.getString("sizeClass").equals("100+"))
            .findFirst()
            .orElseThrow();
    assertEquals(1, stratum.getInt("invited"), "Equinor: NACE 06 is section B, 21000 employees");
  }

  @Test
  void missingAndInvalidAnswersAreNamedAndNothingIsStored() {
    Api analyst = Api.analyst(base);
    long cycle = Surveys.openCycleWithRegister(analyst, Surveys.uniqueCode("invalid"));
    String token = Surveys.tokens(analyst, cycle).get(0);

    var reply =
        Api.anonymous(base)
            .postJson(
                "/api/responses",
                Surveys.submission(
                    token, "{\"sat_business_land\":[\"7\"],\"permit_applied\":[\"no\"]}"));
    assertEquals(422, reply.status(), reply.body());
    var fields =
        reply.json().getJsonArray("problems").stream()
            .map(p -> p.asJsonObject().getString("field"))
            .toList();
    assertTrue(fields.contains("sat_business_land"), fields.toString());
    assertTrue(fields.contains("overall_climate"), "required and missing: " + fields);
    assertTrue(!fields.contains("sat_building_permits"), "hidden when no permit was applied for");
    assertEquals(0, Surveys.progress(analyst, cycle).getInt("answered"));
    assertEquals(0, Surveys.progress(analyst, cycle).getInt("responses"));
  }

  @Test
  void unknownTokensAndClosedCyclesAreRefused() {
    Api analyst = Api.analyst(base);
    long cycle = Surveys.openCycleWithRegister(analyst, Surveys.uniqueCode("closed"));
    String token = Surveys.tokens(analyst, cycle).get(0);

    var unknown =
        Api.anonymous(base)
            .postJson(
                "/api/responses",
                Surveys.submission("AAAAAAAAAAAAAAAAAAAAAAAAAAA", Surveys.COMPLETE_ANSWERS));
    assertEquals(404, unknown.status(), unknown.body());

    assertEquals(200, analyst.post("/api/cycles/" + cycle + "/close").status());
    var closed =
        Api.anonymous(base)
            .postJson("/api/responses", Surveys.submission(token, Surveys.COMPLETE_ANSWERS));
    assertEquals(409, closed.status(), closed.body());
  }

  @Test
  void aBadRegisterIsRefusedWholeWithItsRows() {
    Api analyst = Api.analyst(base);
    long cycle = Surveys.draftCycle(analyst, Surveys.uniqueCode("register"), "2025");
    String bad =
        "org_number,name,email,nace,employees\n"
            + "923609016,Equinor ASA,post@equinor.example,06.100,21000\n"
            + "923609017,Wrong check digit AS,post@wrong.example,47.110,3\n"
            + "974760673,Brreg,not-an-address,84.110,550\n";
    var reply = analyst.postCsv("/api/cycles/" + cycle + "/invitations", bad);
    assertEquals(422, reply.status(), reply.body());
    var problems = reply.json().getJsonArray("problems");
    assertEquals(2, problems.size(), reply.body());
    assertEquals(3, problems.getJsonObject(0).getInt("row"));
    assertEquals("org_number", problems.getJsonObject(0).getString("field"));
    assertEquals(4, problems.getJsonObject(1).getInt("row"));
    assertEquals("email", problems.getJsonObject(1).getString("field"));
    assertEquals(0, Surveys.progress(analyst, cycle).getInt("invited"), "nothing imported");
  }

  /**
   * Before issue 13 the export was taken from the open cycle and held the free text in each row;
   * now only a closed cycle is exported, texts apart. The survey's minimum group is 2 here, so the
   * two answers, which share their background, go out with it unchanged.
   */
  @Test
  void answersGoOutAsCsvOnceClosedAndComeBackIntoAnotherCycle() {
    Api analyst = Api.analyst(base);
    String survey = Surveys.uniqueCode("exchange");
    long cycle = Surveys.openCycleWithRegister(analyst, survey, 2);
    for (String token : Surveys.tokens(analyst, cycle).subList(0, 2)) {
      assertEquals(
          201,
          Api.anonymous(base)
              .postJson("/api/responses", Surveys.submission(token, Surveys.COMPLETE_ANSWERS))
              .status());
    }
    var whileOpen = analyst.get("/api/cycles/" + cycle + "/answers");
    assertEquals(409, whileOpen.status(), whileOpen.body());
    assertEquals("cycle", whileOpen.json().getString("field"));
    assertEquals(200, analyst.post("/api/cycles/" + cycle + "/close").status());

    var export = analyst.get("/api/cycles/" + cycle + "/answers");
    assertEquals(200, export.status(), export.body());
    String[] lines = export.body().strip().split("\r\n");
    assertEquals(3, lines.length, export.body());
    assertEquals(
        "sat_business_land,permit_applied,sat_building_permits,sat_business_development,"
            + "sat_cooperation,image_innovative,image_welcoming,image_adaptable,overall_climate,"
            + "industry,size,years",
        lines[0]);
    assertEquals("4,yes,5,dontknow,6,3,5,4,5,C,5-19,10+", lines[1]);
    assertEquals(lines[1], lines[2]);
    var texts = analyst.get("/api/cycles/" + cycle + "/answers/texts");
    assertEquals(200, texts.status(), texts.body());
    assertEquals(
        "question,answer\r\ncomments,\"Raskere byggesaker, takk\"\r\n"
            + "comments,\"Raskere byggesaker, takk\"\r\n",
        texts.body());

    var past = analyst.postJson("/api/surveys/" + survey + "/cycles", "{\"label\":\"2022\"}");
    long pastCycle = past.json().getJsonNumber("id").longValue();
    var imported = analyst.postCsv("/api/cycles/" + pastCycle + "/answers", export.body());
    assertEquals(200, imported.status(), imported.body());
    assertEquals(2, imported.json().getInt("responses"));

    var bad =
        analyst.postCsv(
            "/api/cycles/" + pastCycle + "/answers", "sat_business_land,colour\n4,blue\n");
    assertEquals(422, bad.status(), bad.body());
    assertEquals("colour", bad.json().getJsonArray("problems").getJsonObject(0).getString("field"));
    assertEquals(
        2, Surveys.progress(analyst, pastCycle).getInt("responses"), "nothing more imported");
    assertEquals(200, analyst.post("/api/cycles/" + pastCycle + "/close").status());
    assertEquals(export.body(), analyst.get("/api/cycles/" + pastCycle + "/answers").body());
  }
}
