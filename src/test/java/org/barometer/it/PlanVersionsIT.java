package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A plan revised through the REST API and the Goals pages, on both databases: version 1 imported,
 * the same file again (no new version), a changed file as version 2 with its reason and day in
 * force, the versions listed and read back, what changed, and scorecards on days before and after
 * version 2 holds. The figures are SSB 12191's (read by hand, see {@link PlansIT}): 45
 * physiotherapist agreements in Drammen in 2020 and 20 in Moss, published on 15 March 2021.
 */
@ExtendWith(ArquillianExtension.class)
class PlanVersionsIT {

  static final String V1 =
      """
      format: barometer-plan/1
      id: it-versions
      municipality: {code: "3301", name: Drammen, country: NO}
      title: Helse og næring (versjoner)
      period: 2019-2030
      goals:
        - id: physiotherapy
          title: Flere avtalehjemler
          indicators:
            - id: agreements
              name: Avtalehjemler for fysioterapeuter
              source: {type: series, office: SSB, table: "12191", measure: KOSavtalehjemler0001, region: "3301"}
              target: {rule: threshold, value: 40}
              publishes: kostra
      """;

  /** The council's revision: a higher target, a new indicator for Moss, a goal renamed. */
  static final String V2 =
      V1.replace("value: 40", "value: 50")
              .replace("title: Flere avtalehjemler", "title: Flere avtalehjemler i regionen")
          + """
            - id: agreements-moss
              name: Avtalehjemler i Moss
              source: {type: series, office: SSB, table: "12191", measure: KOSavtalehjemler0001, region: "3002"}
              target: {rule: threshold, value: 15}
              publishes: kostra
      """;

  static final String REASON = "Revidert av bystyret 24. juni 2021 (sak 21/77)";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  @Test
  void aChangedPlanIsANewVersionAndEachDayIsScoredByTheVersionInForce() throws IOException {
    Api analyst = Api.analyst(base);
    Api.Reply table =
        analyst.postFile(
            "api/statistics/imports",
            "12191.json",
            PlansIT.fixture("ssb/ssb-12191-kostra-kommunehelse-jsonstat2.json"),
            Map.of());
    assertEquals(200, table.status(), table.body());

    Api.Reply first = analyst.postYaml("api/plans?fileName=v1.yaml&inForceFrom=2020-01-01", V1);
    assertEquals(201, first.status(), first.body());
    assertEquals(1, first.json().getInt("version"));
    assertTrue(first.json().getBoolean("created"));

    // the same file again stores nothing
    Api.Reply same = analyst.postYaml("api/plans?fileName=v1-again.yaml", V1);
    assertEquals(200, same.status(), same.body());
    assertEquals(1, same.json().getInt("version"));
    assertFalse(same.json().getBoolean("created"));

    // a changed file needs a reason, and may not hold from before version 1
    Api.Reply noReason = analyst.postYaml("api/plans?fileName=v2.yaml", V2);
    assertEquals(422, noReason.status(), noReason.body());
    assertEquals("reason", noReason.json().getString("field"));
    Api.Reply tooEarly =
        analyst.postYaml(
            "api/plans?fileName=v2.yaml&inForceFrom=2019-12-31&reason=" + encode(REASON), V2);
    assertEquals(422, tooEarly.status(), tooEarly.body());
    assertEquals("inForceFrom", tooEarly.json().getString("field"));
    Api.Reply badDay =
        analyst.postYaml("api/plans?fileName=v2.yaml&inForceFrom=1.8.2021&reason=x", V2);
    assertEquals(422, badDay.status(), badDay.body());
    assertEquals("inForceFrom", badDay.json().getString("field"));

    Api.Reply second =
        analyst.postYaml(
            "api/plans?fileName=v2.yaml&inForceFrom=2021-08-01&reason=" + encode(REASON), V2);
    assertEquals(201, second.status(), second.body());
    assertEquals(2, second.json().getInt("version"));
    assertEquals("2021-08-01", second.json().getString("inForceFrom"));
    assertEquals(2, second.json().getInt("indicators"));

    Api viewer = Api.viewer(base);
    JsonArray versions = viewer.get("api/plans/it-versions/versions").jsonArray();
    assertEquals(2, versions.size(), versions.toString());
    JsonObject v1 = versions.getJsonObject(0);
    assertEquals(1, v1.getInt("number"));
    assertEquals("2020-01-01", v1.getString("inForceFrom"));
    assertEquals("analyst", v1.getString("importedBy"));
    assertEquals("", v1.getString("reason"));
    JsonObject v2 = versions.getJsonObject(1);
    assertEquals(2, v2.getInt("number"));
    assertEquals("2021-08-01", v2.getString("inForceFrom"));
    assertEquals(REASON, v2.getString("reason"));
    assertEquals(V1, viewer.get("api/plans/it-versions/versions/1").body());
    assertEquals(V2, viewer.get("api/plans/it-versions/versions/2").body());
    assertEquals(V2, viewer.get("api/plans/it-versions/file").body());
    assertEquals(404, viewer.get("api/plans/it-versions/versions/3").status());
    assertEquals(404, viewer.get("api/plans/no-such-plan/versions").status());

    JsonObject changes = viewer.get("api/plans/it-versions/versions/1/changes/2").json();
    assertEquals(1, changes.getJsonObject("from").getInt("number"));
    assertEquals(2, changes.getJsonObject("to").getInt("number"));
    assertEquals(0, changes.getJsonArray("plan").size());
    JsonArray goals = changes.getJsonArray("goals");
    assertEquals(1, goals.size(), goals.toString());
    assertEquals("CHANGED", goals.getJsonObject(0).getString("change"));
    assertEquals("Flere avtalehjemler", goals.getJsonObject(0).getString("titleBefore"));
    assertEquals(List.of("TITLE"), strings(goals.getJsonObject(0).getJsonArray("parts")));
    JsonArray indicators = changes.getJsonArray("indicators");
    assertEquals(2, indicators.size(), indicators.toString());
    JsonObject target = indicators.getJsonObject(0);
    assertEquals("agreements", target.getString("id"));
    assertEquals("CHANGED", target.getString("change"));
    assertEquals(List.of("TARGET"), strings(target.getJsonArray("parts")));
    assertEquals("at least 40", target.getString("targetBefore"));
    assertEquals("at least 50", target.getString("target"));
    JsonObject added = indicators.getJsonObject(1);
    assertEquals("agreements-moss", added.getString("id"));
    assertEquals("ADDED", added.getString("change"));
    assertEquals("physiotherapy", added.getString("goal"));
    JsonObject nb = viewer.get("api/plans/it-versions/versions/1/changes/2?lang=nb").json();
    assertEquals("minst 50", nb.getJsonArray("indicators").getJsonObject(0).getString("target"));

    // 1 July 2021, before version 2 holds: version 1's target of 40, which 45 reaches
    JsonObject july = viewer.get("api/plans/it-versions/scorecard?asOf=2021-07-01").json();
    assertEquals(1, july.getJsonObject("version").getInt("number"), july.toString());
    assertEquals("2020-01-01", july.getJsonObject("version").getString("inForceFrom"));
    JsonObject goal = july.getJsonArray("goals").getJsonObject(0);
    assertEquals("Flere avtalehjemler", goal.getString("title"));
    assertEquals(1, goal.getJsonArray("indicators").size());
    assertEquals("ACHIEVED", indicator(goal, "agreements").getString("status"));
    assertEquals(404, viewer.get(chart("agreements-moss", "2021-07-01")).status());

    // from 1 August 2021 version 2: 45 is short of 50; Moss's 20 reaches 15
    JsonObject august = viewer.get("api/plans/it-versions/scorecard?asOf=2021-08-01").json();
    assertEquals(2, august.getJsonObject("version").getInt("number"), august.toString());
    assertEquals("2021-08-01", august.getJsonObject("version").getString("inForceFrom"));
    goal = august.getJsonArray("goals").getJsonObject(0);
    assertEquals("Flere avtalehjemler i regionen", goal.getString("title"));
    JsonObject agreements = indicator(goal, "agreements");
    assertEquals("at least 50", agreements.getString("targetText"));
    assertNotEquals("ACHIEVED", agreements.getString("status"), agreements.toString());
    assertEquals(45.0, agreements.getJsonNumber("value").doubleValue(), 1e-9);
    JsonObject moss = indicator(goal, "agreements-moss");
    assertEquals(20.0, moss.getJsonNumber("value").doubleValue(), 1e-9);
    assertEquals("ACHIEVED", moss.getString("status"), moss.toString());
    assertEquals(200, viewer.get(chart("agreements-moss", "2021-08-01")).status());

    // before version 1 holds, version 1 is read
    JsonObject early = viewer.get("api/plans/it-versions/scorecard?asOf=2019-06-01").json();
    assertEquals(1, early.getJsonObject("version").getInt("number"));

    // the latest version again stores nothing
    Api.Reply again = analyst.postYaml("api/plans?fileName=v2.yaml", V2);
    assertEquals(200, again.status(), again.body());
    assertEquals(2, again.json().getInt("version"));
    assertEquals(2, viewer.get("api/plans/it-versions/versions").jsonArray().size());
    assertEquals(403, viewer.postYaml("api/plans?reason=x", V2 + "# by a viewer\n").status());

    // a copy for the next period is a new plan with one version
    Api.Reply copy =
        analyst.postJson(
            "api/plans/it-versions/copy",
            "{\"id\":\"it-versions-next\",\"title\":\"Helse 2031–2042\"}");
    assertEquals(201, copy.status(), copy.body());
    assertEquals(1, copy.json().getInt("version"));
    JsonArray copied = viewer.get("api/plans/it-versions-next/versions").jsonArray();
    assertEquals(1, copied.size());
    assertEquals("analyst", copied.getJsonObject(0).getString("importedBy"));
    assertEquals(
        2,
        indicators(viewer.get("api/plans/it-versions-next/scorecard").json()).size(),
        "the copy is of version 2");
    assertEquals(204, analyst.delete("api/plans/it-versions-next").status());
    assertEquals(404, viewer.get("api/plans/it-versions-next/versions").status());

    pages(analyst);
  }

  /** The plan's versions page, and a third version stored from the Goals page. */
  private void pages(Api analyst) throws IOException {
    try (Browser desktop = new Browser(Browser.DESKTOP, "en")) {
      desktop.open(base + "staff/goals/");
      desktop.find(By.id("j_username")).sendKeys("analyst");
      desktop.find(By.id("j_password")).sendKeys("analyst-demo");
      desktop.find(By.cssSelector("button[type=submit]")).click();

      Path v3 = Files.createTempFile("it-versions-v3-", ".yaml");
      try {
        Files.writeString(v3, V2.replace("value: 15", "value: 18"), StandardCharsets.UTF_8);
        desktop.find(By.id("plansForm"));
        // PrimeFaces hides the file input behind its button; a file is given to it directly
        desktop.driver.findElement(By.cssSelector("input[type=file]")).sendKeys(v3.toString());
        desktop.waitForText(By.id("plansForm:pendingVersion"), "version 3");
        desktop.fullScreenshot("plans-new-version-desktop-en");
        desktop.click("plansForm:storeVersion");
        desktop.waitForText(By.id("plansForm:messages"), "Say why the plan changes.");
        desktop.type(By.id("plansForm:reason"), "Moss: target raised to 18");
        desktop.click("plansForm:storeVersion");
        desktop.waitForText(By.id("plansForm:messages"), "version 3 is stored");
      } finally {
        Files.deleteIfExists(v3);
      }
      JsonArray versions = analyst.get("api/plans/it-versions/versions").jsonArray();
      assertEquals(3, versions.size(), versions.toString());
      assertEquals("Moss: target raised to 18", versions.getJsonObject(2).getString("reason"));

      desktop.open(base + "staff/goals/plan.xhtml?id=it-versions&asOf=2021-07-01");
      assertTrue(
          desktop.find(By.id("planVersion")).getText().contains("version 1, in force from"),
          desktop.find(By.id("planVersion")).getText());
      desktop.screenshot("scorecard-version-desktop-en");
      desktop.click("planVersion");
      desktop.find(By.id("version-3"));
      desktop.open(base + "staff/goals/versions.xhtml?id=it-versions&v=2");
      String changes = desktop.find(By.id("changes")).getText();
      assertTrue(changes.contains("What changed from version 1 to version 2"), changes);
      assertTrue(changes.contains("Target: at least 40 → at least 50"), changes);
      assertTrue(
          desktop.find(By.id("indicator-change-agreements-moss")).getText().startsWith("added"),
          changes);
      assertTrue(desktop.find(By.id("version-2")).getText().contains(REASON));
      desktop.fullScreenshot("plan-versions-desktop-en");
    }
    try (Browser phone = new Browser(Browser.PHONE, "nb")) {
      phone.open(base + "staff/goals/versions.xhtml?id=it-versions&v=2");
      phone.find(By.id("j_username")).sendKeys("viewer");
      phone.find(By.id("j_password")).sendKeys("viewer-demo");
      phone.find(By.cssSelector("button[type=submit]")).click();
      String changes = phone.find(By.id("changes")).getText();
      assertTrue(changes.contains("Endringer fra versjon 1 til versjon 2"), changes);
      assertTrue(changes.contains("minst 40 → minst 50"), changes);
      phone.assertFitsWidth();
      phone.fullScreenshot("plan-versions-phone-nb");
    }
  }

  private String chart(String indicator, String asOf) {
    return "api/plans/it-versions/indicators/" + indicator + "/chart.png?asOf=" + asOf;
  }

  private static List<JsonObject> indicators(JsonObject card) {
    return card.getJsonArray("goals").stream()
        .flatMap(g -> g.asJsonObject().getJsonArray("indicators").stream())
        .map(JsonValue::asJsonObject)
        .toList();
  }

  private static JsonObject indicator(JsonObject goal, String id) {
    for (JsonValue v : goal.getJsonArray("indicators")) {
      if (v.asJsonObject().getString("id").equals(id)) {
        return v.asJsonObject();
      }
    }
    throw new AssertionError("no indicator " + id + " in " + goal);
  }

  private static List<String> strings(JsonArray array) {
    return array.getValuesAs(jakarta.json.JsonString.class).stream()
        .map(jakarta.json.JsonString::getString)
        .toList();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
