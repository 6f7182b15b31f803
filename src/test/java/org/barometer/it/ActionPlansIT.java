package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Action plans through the REST API: a plan's measures seeded as its first action plan, activities
 * written, changed, moved and reported on, who may do what, the Excel round trip, and a meeting's
 * follow-up point turned into an activity. Each test imports a plan of its own.
 */
@ExtendWith(ArquillianExtension.class)
class ActionPlansIT {

  /** Measures: "Bedriftsbesøk" under both goals, so it becomes one activity serving both. */
  static final String PLAN =
      """
      format: barometer-plan/1
      id: PLAN_ID
      municipality: {code: "3907", name: Sandefjord, country: NO}
      title: Næringsplan (test)
      period: 2023-2030
      goals:
        - id: jobs
          title: Flere arbeidsplasser
          measures: [Bedriftsbesøk, Næringsfrokost]
          goals:
            - id: skills
              title: Kompetanse
              measures: [Bedriftsbesøk, Rekrutteringsmesse]
      """;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  private Api analyst;
  private String plan;
  private String plans;

  @BeforeEach
  void aPlanWithMeasures() {
    analyst = Api.analyst(base);
    plan = "it-actions-" + UUID.randomUUID().toString().substring(0, 8);
    Api.Reply imported =
        analyst.postYaml("api/plans?fileName=it.yaml", PLAN.replace("PLAN_ID", plan));
    assertEquals(201, imported.status(), imported.body());
    plans = "api/plans/" + plan + "/action-plans";
  }

  @Test
  void theMeasuresBecomeTheFirstActionPlanOnceWithoutOwners() {
    int year = LocalDate.now().getYear();
    JsonArray all = analyst.get(plans).jsonArray();
    assertEquals(1, all.size(), all.toString());
    JsonObject first = all.getJsonObject(0);
    assertEquals("Handlingsplan " + year, first.getString("title"));
    assertEquals(year + "-01-01", first.getString("startsOn"));
    assertEquals(year + "-12-31", first.getString("endsOn"));
    assertEquals(3, first.getInt("activities"));
    assertEquals(3, first.getJsonObject("statusCounts").getInt("NONE"));

    JsonArray activities = analyst.get(plans + "/" + id(first) + "/activities").jsonArray();
    assertEquals(
        List.of("Bedriftsbesøk", "Næringsfrokost", "Rekrutteringsmesse"),
        activities.stream().map(a -> a.asJsonObject().getString("title")).toList());
    assertEquals(
        List.of("jobs", "skills"),
        activities
            .getJsonObject(0)
            .getJsonArray("goalIds")
            .getValuesAs(jakarta.json.JsonString::getString));
    assertTrue(absent(activities.getJsonObject(0), "ownerName"));
    assertTrue(absent(activities.getJsonObject(0), "status"));

    // a revised file, the plan's version 2, leaves the action plan alone
    assertEquals(
        201,
        analyst
            .postYaml(
                "api/plans?fileName=it.yaml&reason=Revidert%20i%20formannskapet",
                PLAN.replace("PLAN_ID", plan).replace("Næringsfrokost", "Frokostmøte"))
            .status());
    JsonArray after = analyst.get(plans).jsonArray();
    assertEquals(1, after.size());
    assertEquals(3, after.getJsonObject(0).getInt("activities"));
  }

  @Test
  void activitiesAreWrittenCheckedAgainstThePlanChangedAndMoved() {
    long first = id(analyst.get(plans).jsonArray().getJsonObject(0));
    Api.Reply next = analyst.postJson(plans, "{\"startsOn\":\"2031-01-01\"}");
    assertEquals(201, next.status(), next.body());
    assertEquals("Handlingsplan 2031", next.json().getString("title"));
    assertEquals("2031-12-31", next.json().getString("endsOn"));
    assertEquals(409, analyst.postJson(plans, "{\"startsOn\":\"2031-01-01\"}").status());
    long later = id(next.json());

    Api.Reply unknownGoal =
        analyst.postJson(
            plans + "/" + first + "/activities",
            "{\"title\":\"Messe\",\"goalIds\":[\"jobs\",\"no-such-goal\"]}");
    assertEquals(422, unknownGoal.status(), unknownGoal.body());
    assertEquals("goalIds", unknownGoal.json().getString("field"));
    assertTrue(unknownGoal.json().getString("message").contains("no-such-goal"));

    Api.Reply noEmail =
        analyst.postJson(
            plans + "/" + first + "/activities",
            "{\"title\":\"Messe\",\"goalIds\":[\"jobs\"],\"ownerName\":\"Kari Nordmann\"}");
    assertEquals(422, noEmail.status(), noEmail.body());
    assertEquals("owner.email", noEmail.json().getString("field"));

    Api.Reply added =
        analyst.postJson(
            plans + "/" + first + "/activities",
            "{\"title\":\"Næringsgalla\",\"description\":\"Pris til årets bedrift\","
                + "\"goalIds\":[\"skills\"],\"ownerName\":\"Kari Nordmann\","
                + "\"ownerUnit\":\"Næringsavdelingen\",\"ownerEmail\":\"Kari.Nordmann@Sandefjord.example\","
                + "\"partners\":\"Næringsforeningen\",\"startsOn\":\"2026-09-01\",\"endsOn\":\"2026-11-30\"}");
    assertEquals(201, added.status(), added.body());
    JsonObject gala = added.json();
    assertEquals(4, gala.getInt("position"));
    assertEquals("kari.nordmann@sandefjord.example", gala.getString("ownerEmail"));
    String activity = plans + "/" + first + "/activities/" + id(gala);

    Api.Reply changed =
        analyst.putJson(
            activity,
            "{\"title\":\"Næringsgallaen\",\"goalIds\":[\"jobs\",\"skills\"],"
                + "\"ownerName\":\"Ola Hansen\",\"ownerEmail\":\"ola@sandefjord.example\"}");
    assertEquals(200, changed.status(), changed.body());
    assertEquals("Næringsgallaen", changed.json().getString("title"));
    assertEquals("", changed.json().getString("description"));
    assertTrue(absent(changed.json(), "ownerUnit"));
    assertEquals(2, changed.json().getJsonArray("goalIds").size());

    Api.Reply top = analyst.postJson(activity + "/move", "{\"position\":1}");
    assertEquals(200, top.status(), top.body());
    assertEquals(
        List.of("Næringsgallaen", "Bedriftsbesøk", "Næringsfrokost", "Rekrutteringsmesse"),
        titles(plans + "/" + first + "/activities"));
    assertEquals(
        List.of(1, 2, 3, 4),
        analyst.get(plans + "/" + first + "/activities").jsonArray().stream()
            .map(a -> a.asJsonObject().getInt("position"))
            .toList());

    Api.Reply moved = analyst.postJson(activity + "/move", "{\"actionPlanId\":" + later + "}");
    assertEquals(200, moved.status(), moved.body());
    assertEquals(List.of("Næringsgallaen"), titles(plans + "/" + later + "/activities"));
    assertEquals(
        List.of("Bedriftsbesøk", "Næringsfrokost", "Rekrutteringsmesse"),
        titles(plans + "/" + first + "/activities"));
    assertEquals(404, analyst.get(activity).status(), "no longer in the first action plan");

    // another plan's action plan is refused
    String other = plan + "-other";
    assertEquals(
        201,
        analyst.postYaml("api/plans?fileName=o.yaml", PLAN.replace("PLAN_ID", other)).status());
    long foreign =
        id(analyst.get("api/plans/" + other + "/action-plans").jsonArray().getJsonObject(0));
    Api.Reply refused =
        analyst.postJson(
            plans + "/" + later + "/activities/" + id(gala) + "/move",
            "{\"actionPlanId\":" + foreign + "}");
    assertEquals(422, refused.status(), refused.body());
    assertEquals("actionPlanId", refused.json().getString("field"));
    assertEquals(List.of("Næringsgallaen"), titles(plans + "/" + later + "/activities"));
  }

  @Test
  void aRedReportNeedsItsCauseAndTheLatestReportIsTheStatus() {
    long first = id(analyst.get(plans).jsonArray().getJsonObject(0));
    JsonObject visits =
        analyst.get(plans + "/" + first + "/activities").jsonArray().getJsonObject(0);
    String reports = plans + "/" + first + "/activities/" + id(visits) + "/reports";

    Api.Reply noCause =
        analyst.postJson(reports, "{\"status\":\"red\",\"recommendedAction\":\"Leie inn hjelp\"}");
    assertEquals(422, noCause.status(), noCause.body());
    assertEquals("cause", noCause.json().getString("field"));
    Api.Reply noAction = analyst.postJson(reports, "{\"status\":\"yellow\",\"cause\":\"Sykdom\"}");
    assertEquals("recommendedAction", noAction.json().getString("field"));
    assertEquals(0, analyst.get(reports).jsonArray().size(), "nothing recorded");

    Api.Reply red =
        analyst.postJson(
            reports,
            "{\"status\":\"red\",\"cause\":\"Rådgiveren sluttet i mars\","
                + "\"recommendedAction\":\"Leie inn hjelp fra Næringsforeningen\"}");
    assertEquals(201, red.status(), red.body());
    assertEquals("RED", red.json().getString("status"));
    assertEquals("analyst", red.json().getString("reporter"));
    assertEquals(
        "RED",
        analyst.get(plans + "/" + first + "/activities/" + id(visits)).json().getString("status"));

    assertEquals(201, analyst.postJson(reports, "{\"status\":\"GREEN\"}").status());
    JsonObject now = analyst.get(plans + "/" + first + "/activities/" + id(visits)).json();
    assertEquals("GREEN", now.getString("status"));
    JsonArray history = analyst.get(reports).jsonArray();
    assertEquals(
        List.of("GREEN", "RED"),
        history.stream().map(r -> r.asJsonObject().getString("status")).toList());
    assertEquals("Rådgiveren sluttet i mars", history.getJsonObject(1).getString("cause"));
    assertEquals(
        1, analyst.get(plans + "/" + first).json().getJsonObject("statusCounts").getInt("GREEN"));

    // the scorecard's view: each goal's activities in the action plan covering the day
    JsonObject byGoal = Api.viewer(base).get(plans + "/by-goal").json();
    assertEquals(2, byGoal.getJsonArray("jobs").size(), byGoal.toString());
    assertEquals("GREEN", byGoal.getJsonArray("jobs").getJsonObject(0).getString("status"));
    assertEquals(2, byGoal.getJsonArray("skills").size(), "Bedriftsbesøk and Rekrutteringsmesse");
    assertEquals(
        0,
        Api.viewer(base).get(plans + "/by-goal?asOf=2040-01-01").json().size(),
        "none covers 2040");

    Api.Reply unknown = analyst.postJson(reports, "{\"status\":\"purple\"}");
    assertEquals(422, unknown.status());
    assertEquals("status", unknown.json().getString("field"));
  }

  @Test
  void aViewerReadsButMayNotWrite() {
    Api viewer = Api.viewer(base);
    long first = id(viewer.get(plans).jsonArray().getJsonObject(0));
    String activities = plans + "/" + first + "/activities";
    long activity = id(viewer.get(activities).jsonArray().getJsonObject(0));

    assertEquals(200, viewer.get(activities + "/" + activity + "/reports").status());
    assertEquals(200, viewer.get(activities + ".xlsx").status());
    assertEquals(403, viewer.postJson(plans, "{}").status());
    assertEquals(
        403, viewer.postJson(activities, "{\"title\":\"x\",\"goalIds\":[\"jobs\"]}").status());
    assertEquals(
        403,
        viewer
            .putJson(activities + "/" + activity, "{\"title\":\"x\",\"goalIds\":[\"jobs\"]}")
            .status());
    assertEquals(
        403,
        viewer
            .postJson(activities + "/" + activity + "/reports", "{\"status\":\"green\"}")
            .status());
    assertEquals(403, viewer.postJson(activities + "/" + activity + "/move", "{}").status());
    assertEquals(
        403, viewer.postFile(activities + ".xlsx", "a.xlsx", new byte[] {1}, Map.of()).status());
    assertEquals(401, Api.anonymous(base).get(plans).status());
  }

  @Test
  void activitiesGoOutToExcelAndComeBackAndABadRowChangesNothing() throws IOException {
    long first = id(analyst.get(plans).jsonArray().getJsonObject(0));
    String activities = plans + "/" + first + "/activities";
    JsonArray before = analyst.get(activities).jsonArray();
    long visits = id(before.getJsonObject(0));
    analyst.postJson(
        activities + "/" + visits + "/reports",
        "{\"status\":\"yellow\",\"cause\":\"Få påmeldte\",\"recommendedAction\":\"Ringe rundt\"}");

    byte[] exported = analyst.bytes(activities + ".xlsx");
    byte[] edited;
    try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(exported));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.getSheetAt(0);
      Row header = sheet.getRow(0);
      assertEquals("id", header.getCell(0).getStringCellValue());
      assertEquals("goals", header.getCell(3).getStringCellValue());
      assertEquals("status", header.getCell(10).getStringCellValue());
      assertEquals(3, sheet.getLastRowNum(), "a header and three activities");
      Row row = sheet.getRow(1);
      assertEquals((double) visits, row.getCell(0).getNumericCellValue());
      assertEquals("Bedriftsbesøk", row.getCell(1).getStringCellValue());
      assertEquals("jobs, skills", row.getCell(3).getStringCellValue());
      assertEquals("yellow", row.getCell(10).getStringCellValue());

      row.createCell(4).setCellValue("Per Olsen");
      row.createCell(5).setCellValue("Sandefjord Næringsforening");
      row.createCell(6).setCellValue("per@naeringsforening.example");
      row.createCell(8).setCellValue("2026-03-01");
      Row added = sheet.createRow(4);
      added.createCell(1).setCellValue("Gründerkveld");
      added.createCell(3).setCellValue("skills");
      added.createCell(9).setCellValue(LocalDate.of(2026, 10, 15));
      org.apache.poi.ss.usermodel.CellStyle day = book.createCellStyle();
      day.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd"));
      added.getCell(9).setCellStyle(day);
      book.write(out);
      edited = out.toByteArray();
    }

    Api.Reply imported = analyst.postFile(activities + ".xlsx", "plan.xlsx", edited, Map.of());
    assertEquals(200, imported.status(), imported.body());
    assertEquals(1, imported.json().getInt("created"));
    assertEquals(3, imported.json().getInt("updated"));
    JsonArray after = analyst.get(activities).jsonArray();
    assertEquals(4, after.size());
    JsonObject changed = after.getJsonObject(0);
    assertEquals("Per Olsen", changed.getString("ownerName"));
    assertEquals("per@naeringsforening.example", changed.getString("ownerEmail"));
    assertEquals("2026-03-01", changed.getString("startsOn"));
    assertEquals("YELLOW", changed.getString("status"), "the status column is not read");
    assertEquals("Gründerkveld", after.getJsonObject(3).getString("title"));
    assertEquals(
        List.of("skills"),
        after
            .getJsonObject(3)
            .getJsonArray("goalIds")
            .getValuesAs(jakarta.json.JsonString::getString));

    // a workbook with one good change and one bad row: refused whole
    byte[] bad;
    try (Workbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = book.createSheet();
      String[] names = {"id", "title", "goals", "owner e-mail", "owner name"};
      Row header = sheet.createRow(0);
      for (int c = 0; c < names.length; c++) {
        header.createCell(c).setCellValue(names[c]);
      }
      Row good = sheet.createRow(1);
      good.createCell(0).setCellValue(visits);
      good.createCell(1).setCellValue("Bedriftsbesøk (nytt navn)");
      good.createCell(2).setCellValue("jobs");
      Row wrongGoal = sheet.createRow(2);
      wrongGoal.createCell(1).setCellValue("Messe");
      wrongGoal.createCell(2).setCellValue("jobs, tourism");
      book.write(out);
      bad = out.toByteArray();
    }
    Api.Reply refused = analyst.postFile(activities + ".xlsx", "bad.xlsx", bad, Map.of());
    assertEquals(422, refused.status(), refused.body());
    assertEquals("goals", refused.json().getString("field"));
    assertTrue(
        refused.json().getString("message").startsWith("Row 3, column goals, 'jobs, tourism'"),
        refused.body());
    assertTrue(refused.json().getString("message").contains("tourism"), refused.body());
    JsonArray unchanged = analyst.get(activities).jsonArray();
    assertEquals(4, unchanged.size());
    assertEquals("Bedriftsbesøk", unchanged.getJsonObject(0).getString("title"), "nothing written");

    Api.Reply notAWorkbook =
        analyst.postFile(activities + ".xlsx", "x.csv", "id;title".getBytes(), Map.of());
    assertEquals(422, notAWorkbook.status());
    assertEquals("file", notAWorkbook.json().getString("field"));
  }

  @Test
  void aFollowUpPointBecomesAnActivityOfTheCurrentActionPlanOnce() {
    Api organiser = Api.organiser(base);
    long meeting = MeetingsITData.meeting(organiser, "Rundebord om kompetanse", 20);
    Api.Reply followUp =
        organiser.postJson(
            "/api/meetings/" + meeting + "/follow-ups",
            "{\"text\":\"Kartlegge behovet for fagarbeidere\",\"owner\":\"Næringssjefen\","
                + "\"dueOn\":\"2026-12-20\"}");
    assertEquals(201, followUp.status(), followUp.body());
    long point = followUp.json().getJsonNumber("id").longValue();

    Api.Reply made =
        organiser.postJson(
            plans + "/current/activities/from-follow-up",
            "{\"meetingId\":"
                + meeting
                + ",\"followUpId\":"
                + point
                + ",\"goalIds\":[\"skills\"]}");
    assertEquals(201, made.status(), made.body());
    assertEquals("Kartlegge behovet for fagarbeidere", made.json().getString("title"));
    assertEquals("2026-12-20", made.json().getString("endsOn"));
    assertEquals(
        List.of(point),
        made.json().getJsonArray("followUpIds").getValuesAs(jakarta.json.JsonNumber::longValue));
    long current = id(analyst.get(plans).jsonArray().getJsonObject(0));
    assertEquals(made.json().getJsonNumber("actionPlanId").longValue(), current);

    Api.Reply again =
        analyst.postJson(
            plans + "/current/activities/from-follow-up",
            "{\"meetingId\":"
                + meeting
                + ",\"followUpId\":"
                + point
                + ",\"goalIds\":[\"skills\"]}");
    assertEquals(409, again.status(), again.body());
    Api.Reply missing =
        analyst.postJson(
            plans + "/current/activities/from-follow-up",
            "{\"meetingId\":"
                + meeting
                + ",\"followUpId\":"
                + (point + 100000)
                + ",\"goalIds\":[\"skills\"]}");
    assertEquals(404, missing.status(), missing.body());
    assertEquals(
        403,
        Api.viewer(base).postJson(plans + "/current/activities/from-follow-up", "{}").status());

    // a point that names a goal of this plan gives the activity that goal when none is chosen
    Api.Reply linked =
        organiser.postJson(
            "/api/meetings/" + meeting + "/follow-ups",
            "{\"text\":\"Lærlingplasser i industrien\",\"owner\":\"Næringssjefen\","
                + "\"dueOn\":\"2026-12-20\",\"planId\":\""
                + plan
                + "\",\"goalId\":\"skills\"}");
    assertEquals(201, linked.status(), linked.body());
    Api.Reply fromLink =
        organiser.postJson(
            plans + "/current/activities/from-follow-up",
            "{\"meetingId\":"
                + meeting
                + ",\"followUpId\":"
                + linked.json().getJsonNumber("id").longValue()
                + "}");
    assertEquals(201, fromLink.status(), fromLink.body());
    assertEquals(
        List.of("skills"),
        fromLink.json().getJsonArray("goalIds").getValuesAs(jakarta.json.JsonString::getString));

    // one click on the list of open points does the same in the browser, once
    Api.Reply clicked =
        organiser.postJson(
            "/api/meetings/" + meeting + "/follow-ups",
            "{\"text\":\"Felles rekrutteringsdag\",\"owner\":\"Næringssjefen\","
                + "\"dueOn\":\"2026-12-20\",\"planId\":\""
                + plan
                + "\",\"goalId\":\"jobs\"}");
    assertEquals(201, clicked.status(), clicked.body());
    String row = "#follow-up-" + clicked.json().getJsonNumber("id").longValue();
    try (Browser desktop = new Browser(Browser.DESKTOP, "en")) {
      desktop.open(base + "staff/dialogue/follow-ups.xhtml");
      desktop.find(By.id("j_username")).sendKeys("organiser");
      desktop.find(By.id("j_password")).sendKeys("organiser-demo");
      desktop.find(By.cssSelector("button[type=submit]")).click();
      desktop.find(By.cssSelector(row + " button[id$='makeActivity']")).click();
      desktop.waitForText(By.id("followUpsForm:messages"), "is now an activity");
      desktop.screenshot("follow-up-made-activity-desktop-en");
      desktop.find(By.cssSelector(row + " button[id$='makeActivity']")).click();
      desktop.waitForText(By.id("followUpsForm:messages"), "The follow-up point is activity");
    }
    JsonArray activities = analyst.get(plans + "/" + current + "/activities").jsonArray();
    List<JsonObject> byClick =
        activities.getValuesAs(JsonObject.class).stream()
            .filter(a -> a.getString("title").equals("Felles rekrutteringsdag"))
            .toList();
    assertEquals(1, byClick.size(), activities.toString());
    assertEquals(
        List.of("jobs"),
        byClick.get(0).getJsonArray("goalIds").getValuesAs(jakarta.json.JsonString::getString));
  }

  @Test
  void anAnalystReportsAndEditsOnThePageAndAViewerReadsItOnAPhone() {
    long first = id(analyst.get(plans).jsonArray().getJsonObject(0));
    long visits = id(analyst.get(plans + "/" + first + "/activities").jsonArray().getJsonObject(0));
    String page = base + "staff/actions/plan.xhtml?plan=" + plan;
    assertEquals(
        201,
        analyst
            .postJson(
                plans + "/" + first + "/activities/" + visits + "/reports",
                "{\"status\":\"green\"}")
            .status());

    try (Browser desktop = new Browser(Browser.DESKTOP, "en")) {
      desktop.open(page);
      desktop.find(By.id("j_username")).sendKeys("analyst");
      desktop.find(By.id("j_password")).sendKeys("analyst-demo");
      desktop.find(By.cssSelector("button[type=submit]")).click();
      String card = "#activity-jobs-" + visits;
      assertTrue(desktop.find(By.cssSelector(card)).getText().contains("On plan"));
      desktop.find(By.cssSelector(card + " button[id$='report']")).click();
      desktop.find(By.cssSelector("input[name$='status'][value='RED']")).click();
      desktop.type(By.id("actionPlan:cause"), "Rådgiveren sluttet");
      desktop.click("actionPlan:saveReport");
      // red without a recommended action: refused, the form stays
      desktop.waitForText(By.id("actionPlan:messages"), "recommended action");
      desktop.type(By.id("actionPlan:recommendedAction"), "Leie inn hjelp");
      desktop.click("actionPlan:saveReport");
      desktop.waitForText(By.id("actionPlan:messages"), "is reported");
      String reported = desktop.find(By.cssSelector(card)).getText();
      assertTrue(reported.contains("Deviation"), reported);
      assertTrue(reported.contains("Rådgiveren sluttet"), reported);
      assertTrue(reported.contains("Leie inn hjelp"), reported);
      assertTrue(reported.contains("Earlier reports (1)"), reported);
      // the same activity serves both goals: it is under both, red under both
      assertTrue(
          desktop
              .find(By.cssSelector("#activity-skills-" + visits))
              .getText()
              .contains("Deviation"));

      desktop.find(By.cssSelector(card + " button[id$='edit']")).click();
      desktop.type(By.id("actionPlan:ownerName"), "Kari Nordmann");
      desktop.type(By.id("actionPlan:ownerUnit"), "Næringsavdelingen");
      desktop.type(By.id("actionPlan:ownerEmail"), "kari@sandefjord.example");
      desktop.fullScreenshot("action-plan-edit-desktop-en");
      desktop.click("actionPlan:save");
      desktop.waitForText(By.id("actionPlan:messages"), "is saved");
      assertTrue(desktop.find(By.cssSelector(card)).getText().contains("kari@sandefjord.example"));
      desktop.fullScreenshot("action-plan-desktop-en");

      desktop.open(base + "staff/goals/plan.xhtml?id=" + plan);
      String goal = desktop.find(By.id("goal-jobs")).getText();
      assertTrue(goal.contains("Bedriftsbesøk"), goal);
      assertTrue(goal.contains("Deviation"), goal);
      assertTrue(goal.contains("Kari Nordmann"), goal);
      desktop.fullScreenshot("scorecard-activities-desktop-en");
    }
    assertEquals(
        "RED",
        analyst.get(plans + "/" + first + "/activities/" + visits).json().getString("status"));

    try (Browser phone = new Browser(Browser.PHONE, "nb")) {
      phone.open(page);
      phone.find(By.id("j_username")).sendKeys("viewer");
      phone.find(By.id("j_password")).sendKeys("viewer-demo");
      phone.find(By.cssSelector("button[type=submit]")).click();
      String card = phone.find(By.cssSelector("#activity-jobs-" + visits)).getText();
      assertTrue(card.contains("Avvik"), card);
      assertTrue(card.contains("Leie inn hjelp"), card);
      assertEquals(
          0,
          phone.driver.findElements(By.cssSelector("button[id$='report']")).size(),
          "a viewer gets no forms");
      phone.assertFitsWidth();
      phone.fullScreenshot("action-plan-phone-nb");
    }

    // the page's last form starts another action plan; without dates it covers this year
    try (Browser desktop = new Browser(Browser.DESKTOP, "en")) {
      desktop.open(page);
      desktop.find(By.id("j_username")).sendKeys("analyst");
      desktop.find(By.id("j_password")).sendKeys("analyst-demo");
      desktop.find(By.cssSelector("button[type=submit]")).click();
      desktop.type(By.id("actionPlan:newTitle"), "Tiltak fra sidens skjema");
      desktop.click("actionPlan:createPlan");
      desktop.waitForText(By.id("actionPlan:messages"), "Tiltak fra sidens skjema is created.");
    }
    int year = LocalDate.now().getYear();
    assertTrue(
        analyst.get(plans).jsonArray().stream()
            .map(JsonValue::asJsonObject)
            .anyMatch(
                a ->
                    a.getString("title").equals("Tiltak fra sidens skjema")
                        && a.getString("startsOn").equals(year + "-01-01")
                        && a.getString("endsOn").equals(year + "-12-31")),
        "the action plan made on the page covers the calendar year");
  }

  private List<String> titles(String path) {
    return analyst.get(path).jsonArray().stream()
        .map(a -> a.asJsonObject().getString("title"))
        .toList();
  }

  /** JSON-B leaves out what is null. */
  private static boolean absent(JsonObject o, String key) {
    return !o.containsKey(key) || o.isNull(key);
  }

  private static long id(JsonObject o) {
    return o.getJsonNumber("id").longValue();
  }
}
