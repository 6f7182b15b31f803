package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
 * The attack of issue 13, point 6, tried as staff on a real server: in a cycle where exactly one
 * business of its stratum answers, staff take the links export (who has not answered), the progress
 * per stratum, the answer exports (open and closed) and the live results before and after that one
 * answer, and try to find its answers. None of them may show them.
 *
 * <p>The survey's minimum group is 3. The register: one builder (NACE 41.200, section F, 2
 * employees: the stratum F/0-4 alone) and six food producers (NACE 10.110, section C, 10 employees:
 * C/5-19). The builder answers with values nobody else gives (1 everywhere, F, 0-4, 0-2 years, a
 * text naming itself).
 */
@ExtendWith(ArquillianExtension.class)
class AnonymityIT {

  private static final String TARGET_TEXT = "Vi i Målrettet Bygg venter på tomta i Industriveien";

  private static final String TARGET_ANSWERS =
      "{\"sat_business_land\":[\"1\"],\"permit_applied\":[\"no\"],"
          + "\"sat_business_development\":[\"1\"],\"sat_cooperation\":[\"1\"],"
          + "\"image_innovative\":[\"1\"],\"image_welcoming\":[\"1\"],\"image_adaptable\":[\"1\"],"
          + "\"overall_climate\":[\"1\"],\"comments\":[\""
          + TARGET_TEXT
          + "\"],\"industry\":[\"F\"],\"size\":[\"0-4\"],\"years\":[\"0-2\"]}";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  /** A valid Norwegian organisation number: eight digits and their modulus-11 check digit. */
  private static String orgNumber(int eight) {
    int[] weights = {3, 2, 7, 6, 5, 4, 3, 2};
    String digits = Integer.toString(eight);
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    int remainder = sum % 11;
    if (remainder == 1) {
      return orgNumber(eight + 1);
    }
    return digits + (remainder == 0 ? 0 : 11 - remainder);
  }

  /** The links export's org numbers → their personal tokens. */
  private static Map<String, String> links(Api analyst, long cycle) {
    var reply = analyst.post("/api/cycles/" + cycle + "/links");
    assertEquals(200, reply.status(), reply.body());
    Map<String, String> tokens = new LinkedHashMap<>();
    List<String> lines = Arrays.asList(reply.body().strip().split("\r\n"));
    assertEquals("org_number,name,email,link", lines.get(0));
    for (String line : lines.subList(1, lines.size())) {
      String org = line.substring(0, line.indexOf(','));
      tokens.put(org, Surveys.tokensIn(line).get(0));
    }
    return tokens;
  }

  private void answer(String token, String answers) {
    var reply = Api.anonymous(base).postJson("/api/responses", Surveys.submission(token, answers));
    assertEquals(201, reply.status(), reply.body());
  }

  private static JsonObject stratum(JsonObject progress, String industry, String size) {
    return progress.getJsonArray("strata").stream()
        .map(JsonObject.class::cast)
        .filter(
            s -> s.getString("industry").equals(industry) && s.getString("sizeClass").equals(size))
        .findFirst()
        .orElseThrow();
  }

  private static JsonObject item(JsonObject results, String code) {
    return results.getJsonArray("items").stream()
        .map(JsonObject.class::cast)
        .filter(i -> i.getString("code").equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static List<List<String>> csv(String body) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : body.strip().split("\r\n")) {
      rows.add(Arrays.asList(line.split(",", -1)));
    }
    return rows;
  }

  @Test
  void theOneBusinessThatAnsweredInItsStratumCannotBeSingledOut() {
    Api analyst = Api.analyst(base);
    Api viewer = Api.viewer(base);
    String target = orgNumber(91000000);
    StringBuilder register = new StringBuilder("org_number;name;email;nace;employees\n");
    register.append(target).append(";Målrettet Bygg AS;post@bygg.example;41.200;2\n");
    List<String> producers = new ArrayList<>();
    for (int i = 1; producers.size() < 6; i++) {
      String org = orgNumber(91000000 + 97 * i);
      if (!org.equals(target) && !producers.contains(org)) {
        producers.add(org);
        register.append(org).append(";Mat ").append(i).append(" AS;mat").append(i);
        register.append("@mat.example;10.110;10\n");
      }
    }
    long cycle = Surveys.draftCycle(analyst, Surveys.uniqueCode("anonymity"), "2025", 3);
    assertEquals(200, analyst.post("/api/cycles/" + cycle + "/open").status());
    var invited = analyst.postCsv("/api/cycles/" + cycle + "/invitations", register.toString());
    assertEquals(200, invited.status(), invited.body());
    assertEquals(7, invited.json().getInt("invited"));
    Map<String, String> tokens = links(analyst, cycle);
    assertEquals(7, tokens.size());

    // Below the minimum, live results show nothing
    answer(tokens.get(producers.get(0)), Surveys.COMPLETE_ANSWERS);
    answer(tokens.get(producers.get(1)), Surveys.COMPLETE_ANSWERS);
    var belowMinimum = viewer.get("/api/cycles/" + cycle + "/results");
    assertEquals(200, belowMinimum.status(), belowMinimum.body());
    assertEquals(0, belowMinimum.json().getInt("responses"));
    assertEquals(3, belowMinimum.json().getInt("liveRefreshAt"));
    assertFalse(
        item(belowMinimum.json(), "sat_business_land").getJsonObject("overall").containsKey("n"));

    answer(tokens.get(producers.get(2)), Surveys.COMPLETE_ANSWERS);
    String resultsBefore = viewer.get("/api/cycles/" + cycle + "/results").body();
    JsonObject progressBefore = Surveys.progress(viewer, cycle);
    assertEquals(3, stratum(progressBefore, "C", "5-19").getInt("answered"));

    // The builder, alone in its stratum, answers
    answer(tokens.get(target), TARGET_ANSWERS);

    // 1. The links export: staff now know that the builder has answered. That is all they learn.
    Map<String, String> notAnswered = links(analyst, cycle);
    assertFalse(notAnswered.containsKey(target));
    assertEquals(3, notAnswered.size());

    // 2. Progress per stratum: F/0-4 looks exactly as before the answer, "fewer than 3"
    JsonObject progressAfter = Surveys.progress(viewer, cycle);
    JsonObject builders = stratum(progressAfter, "F", "0-4");
    assertEquals(stratum(progressBefore, "F", "0-4"), builders);
    assertEquals(1, builders.getInt("invited"));
    assertFalse(builders.containsKey("answered"), builders.toString());
    assertFalse(builders.containsKey("responseRate"), builders.toString());
    assertEquals(3, builders.getInt("answeredFewerThan"));
    assertEquals(4, progressAfter.getInt("answered"), "the overall count is exact");

    // 3. The answer exports of the open cycle are refused, with a message
    for (String export : List.of("/answers", "/answers/texts")) {
      var refused = analyst.get("/api/cycles/" + cycle + export);
      assertEquals(409, refused.status(), refused.body());
      assertEquals("cycle", refused.json().getString("field"));
      assertTrue(refused.json().getString("message").contains("closed"), refused.body());
    }

    // 3b. Closing now would let the final results be compared with the live ones at 3: refused
    var early = analyst.post("/api/cycles/" + cycle + "/close");
    assertEquals(409, early.status(), early.body());
    assertTrue(early.json().getString("message").contains("once it has 6 responses"), early.body());

    // 4. Live results before and after the one answer: the same, to the byte
    String resultsAfter = viewer.get("/api/cycles/" + cycle + "/results").body();
    assertEquals(resultsBefore, resultsAfter);
    var live = viewer.get("/api/cycles/" + cycle + "/results").json();
    assertEquals(3, live.getInt("responses"));
    assertEquals(6, live.getInt("liveRefreshAt"));
    JsonObject land = item(live, "sat_business_land");
    assertEquals(3, land.getJsonObject("overall").getInt("n"));
    assertTrue(land.getJsonArray("breakdowns").isEmpty(), "no groups in live results");

    // Two more answers make a step of 3: the snapshot moves by three answers at once.
    // sat_business_land: 4, 4, 4, 1 (builder), 4, 4 = 21 over 6
    answer(tokens.get(producers.get(3)), Surveys.COMPLETE_ANSWERS);
    assertEquals(resultsBefore, viewer.get("/api/cycles/" + cycle + "/results").body());
    answer(tokens.get(producers.get(4)), Surveys.COMPLETE_ANSWERS);
    var stepped = viewer.get("/api/cycles/" + cycle + "/results").json();
    assertEquals(6, stepped.getInt("responses"));
    JsonObject steppedLand = item(stepped, "sat_business_land").getJsonObject("overall");
    assertEquals(6, steppedLand.getInt("n"));
    assertEquals(
        21.0 / 6, steppedLand.getJsonObject("summary").getJsonNumber("mean").doubleValue(), 1e-9);

    // 5. At 6, the step just shown, the cycle closes. The export's background is coarsened; no row
    // can be tied to the builder.
    // industry C 5, F 1: F is rare, other (1) < 3 takes C too, so industry is left out; the
    // same for size (5-19 5, 0-4 1) and years (10+ 5, 0-2 1).
    assertEquals(200, analyst.post("/api/cycles/" + cycle + "/close").status());
    var export = analyst.get("/api/cycles/" + cycle + "/answers");
    assertEquals(200, export.status(), export.body());
    List<List<String>> rows = csv(export.body());
    List<String> header = rows.get(0);
    assertEquals(6, rows.size() - 1);
    for (String leftOut : List.of("industry", "size", "years", "comments")) {
      assertFalse(header.contains(leftOut), leftOut + " in " + header);
    }
    assertFalse(export.body().contains(TARGET_TEXT));
    // k-anonymity on whatever background columns are exported: none here, so one group of 6
    List<Integer> background = new ArrayList<>();
    for (String code : List.of("industry", "size", "years")) {
      if (header.contains(code)) {
        background.add(header.indexOf(code));
      }
    }
    Map<List<String>, Integer> combinations = new HashMap<>();
    for (List<String> row : rows.subList(1, rows.size())) {
      combinations.merge(background.stream().map(row::get).toList(), 1, Integer::sum);
    }
    combinations.forEach((c, n) -> assertTrue(n >= 3, c + " has only " + n + " rows"));
    // the builder's answers are in the export, but on a row nothing tells apart from five others
    int landColumn = header.indexOf("sat_business_land");
    assertEquals(
        1,
        rows.subList(1, rows.size()).stream().filter(r -> r.get(landColumn).equals("1")).count());

    var texts = analyst.get("/api/cycles/" + cycle + "/answers/texts");
    assertEquals(200, texts.status(), texts.body());
    List<List<String>> textRows = csv(texts.body());
    assertEquals(List.of("question", "answer"), textRows.get(0));
    List<String> sorted = textRows.subList(1, textRows.size()).stream().map(r -> r.get(1)).toList();
    assertEquals(sorted.stream().sorted().toList(), sorted, "sorted, not in the rows' order");
    assertTrue(texts.body().contains(TARGET_TEXT));
    assertNotEquals(-1, texts.body().indexOf("comments,"));

    // 6. Closed results: the builder's industry group is suppressed, not even its size shown
    var closed = viewer.get("/api/cycles/" + cycle + "/results").json();
    JsonObject byIndustry =
        item(closed, "sat_business_land").getJsonArray("breakdowns").stream()
            .map(JsonObject.class::cast)
            .filter(b -> b.getString("question").equals("industry"))
            .findFirst()
            .orElseThrow();
    for (var g : byIndustry.getJsonArray("groups")) {
      JsonObject group = (JsonObject) g;
      if (group.getString("group").equals("F")) {
        assertNotEquals("SHOWN", group.getString("visibility"));
        assertFalse(group.containsKey("n") && !group.isNull("n"));
      }
    }
  }
}
