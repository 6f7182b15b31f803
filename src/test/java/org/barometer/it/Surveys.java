package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Steps the integration tests share: a fresh survey with an open cycle, invited businesses. */
final class Surveys {

  /** Three real, valid organisation numbers (Norwegian mod 11 and Swedish Luhn). */
  static final String REGISTER =
      "org_number;name;email;nace;employees\n"
          + "923609016;Equinor ASA;post@equinor.example;06.100;21000\n"
          + "974760673;Registerenheten i Brønnøysund;post@brreg.example;84.110;550\n"
          + "556016-0680;Telefonaktiebolaget LM Ericsson;info@ericsson.example;26.300;12\n";

  static final String COMPLETE_ANSWERS =
      "{\"sat_business_land\":[\"4\"],\"permit_applied\":[\"yes\"],\"sat_building_permits\":[\"5\"],"
          + "\"sat_business_development\":[\"dontknow\"],\"sat_cooperation\":[\"6\"],"
          + "\"image_innovative\":[\"3\"],\"image_welcoming\":[\"5\"],\"image_adaptable\":[\"4\"],"
          + "\"overall_climate\":[\"5\"],\"comments\":[\"Raskere byggesaker, takk\"],"
          + "\"industry\":[\"C\"],\"size\":[\"5-19\"],\"years\":[\"10+\"]}";

  private static final Pattern LINK = Pattern.compile("/s/([A-Za-z0-9_-]{27})");

  private Surveys() {}

  static String uniqueCode(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** Creates a business-climate survey and a draft cycle; returns the cycle's id. */
  static long draftCycle(Api analyst, String surveyCode, String label) {
    return draftCycle(analyst, surveyCode, label, 7);
  }

  /** As {@link #draftCycle(Api, String, String)}, the survey with this minimum group. */
  static long draftCycle(Api analyst, String surveyCode, String label, int minGroupSize) {
    var survey =
        analyst.postJson(
            "/api/surveys",
            "{\"code\":\""
                + surveyCode
                + "\",\"name\":\"Næringslivsundersøkelsen\","
                + "\"templateCode\":\"business-climate\",\"minGroupSize\":"
                + minGroupSize
                + "}");
    assertEquals(201, survey.status(), survey.body());
    var cycle =
        analyst.postJson(
            "/api/surveys/" + surveyCode + "/cycles",
            "{\"label\":\""
                + label
                + "\",\"populationSize\":120,"
                + "\"strata\":[{\"industry\":\"C\",\"sizeClass\":\"5-19\",\"population\":40}]}");
    assertEquals(201, cycle.status(), cycle.body());
    return cycle.json().getJsonNumber("id").longValue();
  }

  static long openCycleWithRegister(Api analyst, String surveyCode) {
    return openCycleWithRegister(analyst, surveyCode, 7);
  }

  static long openCycleWithRegister(Api analyst, String surveyCode, int minGroupSize) {
    long id = draftCycle(analyst, surveyCode, "2025", minGroupSize);
    assertEquals(200, analyst.post("/api/cycles/" + id + "/open").status());
    var invited = analyst.postCsv("/api/cycles/" + id + "/invitations", REGISTER);
    assertEquals(200, invited.status(), invited.body());
    assertEquals(3, invited.json().getInt("invited"));
    return id;
  }

  /** Issues personal links for the businesses that have not answered; returns their tokens. */
  static List<String> tokens(Api analyst, long cycleId) {
    var links = analyst.post("/api/cycles/" + cycleId + "/links");
    assertEquals(200, links.status(), links.body());
    return tokensIn(links.body());
  }

  static List<String> tokensIn(String text) {
    Matcher m = LINK.matcher(text);
    List<String> tokens = new java.util.ArrayList<>();
    while (m.find()) {
      tokens.add(m.group(1));
    }
    return tokens;
  }

  static JsonObject progress(Api viewer, long cycleId) {
    var cycle = viewer.get("/api/cycles/" + cycleId);
    assertEquals(200, cycle.status(), cycle.body());
    return cycle.json().getJsonObject("progress");
  }

  static String submission(String token, String answers) {
    return "{\"token\":\"" + token + "\",\"answers\":" + answers + "}";
  }
}
