package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URL;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The yearly report through the API on Liberty: an analyst issues it for a plan whose rank target
 * is met and whose one activity is reported red; it is listed, both files are fetched as issued
 * with their types and names, their text says what the figures say, and issuing again for the same
 * day gives the same figures. A viewer reads it and may not issue one.
 */
@ExtendWith(ArquillianExtension.class)
class ReportsIT {

  /** A rank target (top 5) and one measure, which becomes the action plan's one activity. */
  static final String PLAN =
      """
      id: PLAN_ID
      municipality: {code: "3907", name: Sandefjord, country: NO}
      title: Næringsplan (rapporttest)
      period: 2023-2026
      goals:
        - id: top-five
          title: Blant de fem beste
          measures: [Bedriftsbesøk]
          indicators:
            - id: nm-rank
              name: Plass i Næringslivs-NM
              direction: lower_is_better
              source: {type: ranking, publisher: NHO, ranking: RANKING}
              target: {rule: rank, top: 5}
      """;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  private static String docxText(byte[] docx) throws IOException {
    try (XWPFWordExtractor x =
        new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
      return x.getText().replaceAll("\\s+", " ");
    }
  }

  @Test
  void anIssuedReportIsListedFetchedAsIssuedAndTheSameWhenIssuedAgain() throws IOException {
    Api analyst = Api.analyst(base);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String plan = "it-report-" + suffix;
    String ranking = "Næringslivs-NM " + suffix;
    assertEquals(
        201,
        analyst
            .postYaml(
                "api/plans?fileName=report.yaml",
                PLAN.replace("PLAN_ID", plan).replace("RANKING", ranking))
            .status());
    Api.Reply entered =
        analyst.putJson(
            "api/rankings",
            "{\"publisher\":\"NHO\",\"ranking\":\""
                + ranking
                + "\",\"municipality\":\"3907\",\"period\":\"2024\",\"rank\":3,"
                + "\"source\":\"NHO Næringslivs-NM 2024\",\"published\":\"2024-06-20\"}");
    assertEquals(200, entered.status(), entered.body());
    String actionPlans = "api/plans/" + plan + "/action-plans";
    long actionPlan =
        analyst.get(actionPlans).jsonArray().getJsonObject(0).getJsonNumber("id").longValue();
    JsonObject activity =
        analyst.get(actionPlans + "/" + actionPlan + "/activities").jsonArray().getJsonObject(0);
    Api.Reply red =
        analyst.postJson(
            actionPlans
                + "/"
                + actionPlan
                + "/activities/"
                + activity.getJsonNumber("id")
                + "/reports",
            "{\"status\":\"red\",\"cause\":\"Ingen ledig kapasitet i høst\","
                + "\"recommendedAction\":\"Flytte besøkene til januar\"}");
    assertEquals(201, red.status(), red.body());

    String reports = "api/plans/" + plan + "/reports";
    // the day in the municipality's time: reports made after 23:00 UTC in winter are tomorrow's
    LocalDate day = LocalDate.now(ZoneId.of("Europe/Oslo"));
    String today = day.toString();
    assertEquals(403, Api.viewer(base).postJson(reports, "{\"asOf\":\"" + today + "\"}").status());
    Api.Reply tomorrow = analyst.postJson(reports, "{\"asOf\":\"" + day.plusDays(1) + "\"}");
    assertEquals(422, tomorrow.status(), tomorrow.body());
    assertEquals("asOf", tomorrow.json().getString("field"));

    Api.Reply issued = analyst.postJson(reports, "{\"asOf\":\"" + today + "\"}");
    assertEquals(201, issued.status(), issued.body());
    JsonObject first = issued.json();
    assertEquals("nb", first.getString("language")); // Sandefjord is in Norway
    assertEquals(1, first.getInt("planVersion"));
    assertEquals("analyst", first.getString("issuedBy"));
    // rank 3 is within the top 5: the indicator and its goal are achieved
    assertEquals("ACHIEVED", first.getJsonObject("statuses").getString("i:nm-rank"));
    assertEquals("ACHIEVED", first.getJsonObject("statuses").getString("g:top-five"));

    JsonArray listed = Api.viewer(base).get(reports).jsonArray();
    assertEquals(1, listed.size(), listed.toString());
    assertEquals(first.getJsonNumber("id"), listed.getJsonObject(0).getJsonNumber("id"));

    Api viewer = Api.viewer(base);
    Api.Download pdf = viewer.download(first.getString("pdf"));
    assertEquals(200, pdf.status());
    assertEquals("application/pdf", pdf.contentType());
    assertTrue(pdf.disposition().startsWith("attachment; filename="), pdf.disposition());
    assertTrue(pdf.disposition().contains(".pdf"), pdf.disposition());
    Api.Download docx = viewer.download(first.getString("docx"));
    assertEquals(200, docx.status());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        docx.contentType());
    assertTrue(docx.disposition().contains(".docx"), docx.disposition());

    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
        }
      }
    }
    int year = day.getYear();
    for (String text : new String[] {pdfText(pdf.body()), docxText(docx.body())}) {
      assertTrue(text.contains("Årsrapport " + year + ", per "), text);
      assertTrue(text.contains("Plass i Næringslivs-NM"), text);
      assertTrue(text.contains("Nådd"), text);
      assertTrue(text.contains("3 (2024)"), text);
      assertTrue(text.contains("NHO Næringslivs-NM 2024, 20. juni 2024"), text);
      assertTrue(text.contains("Rød: avvik"), text);
      assertTrue(text.contains("Ingen ledig kapasitet i høst"), text);
      assertTrue(text.contains("Flytte besøkene til januar"), text);
      assertTrue(text.contains("Dette er den første rapporten for planen."), text);
    }

    Api.Reply again = analyst.postJson(reports, "{\"asOf\":\"" + today + "\"}");
    assertEquals(201, again.status(), again.body());
    assertEquals(first.getJsonObject("statuses"), again.json().getJsonObject("statuses"));
    assertEquals(
        pdfText(pdf.body()), pdfText(viewer.download(again.json().getString("pdf")).body()));
    assertEquals(2, viewer.get(reports).jsonArray().size());
    assertEquals(404, viewer.download("api/plans/" + plan + "/reports/999999999.pdf").status());
  }
}
