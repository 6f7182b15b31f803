package org.barometer.report.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.barometer.platform.i18n.Language;
import org.junit.jupiter.api.Test;

/**
 * The report written as PDF and Word from a plan scored from test data ({@link ReportFixture}),
 * read back with PDFBox and POI: both hold the statuses, the sentences and the counts worked out by
 * hand in the fixture, and the PDF embeds its font.
 */
class ReportDocumentsTest {

  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static String docxText(byte[] docx) throws IOException {
    try (XWPFWordExtractor x =
        new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(docx)))) {
      return x.getText();
    }
  }

  /** What both formats must say, in bokmål, from the fixture's figures. */
  private static void saysWhatTheFiguresSay(String text) {
    assertTrue(text.contains("Årsrapport 2025, per 1. desember 2025"), text);
    assertTrue(text.contains("Næringsplan for Sandefjord · Sandefjord"), text);
    assertTrue(text.contains("Planversjon 2; tall publisert innen 1. desember 2025"), text);
    // jobs: 78 (2024) ≥ 75, achieved; the goal it serves achieved too
    assertTrue(text.contains("Sysselsatte per 100 innbyggere"), text);
    assertTrue(text.contains("78 (2024)"), text);
    assertTrue(text.contains("78 i 2024 når målet om minst 75."), text);
    assertTrue(text.contains("Flere arbeidsplasser"), text);
    // satisfaction: 60,0 (56,0–64,0), n = 210, below 70 in its due year
    assertTrue(text.contains("60 (56–64) (2025), n = 210"), text);
    assertTrue(
        text.contains("60 (95 % KI 56–64) i 2025 når ikke målet om minst 70, med frist 2025."),
        text);
    assertTrue(text.contains("Næringsklimaundersøkelsen, 30. november 2025"), text);
    assertTrue(text.contains("Ikke i rute"), text);
    assertTrue(text.contains("Nådd"), text);
    assertTrue(text.contains("Ikke målt ennå"), text);
    // what changed since the report of 1 December 2024: jobs and its goal went from on track
    assertTrue(text.contains("Endret siden rapporten per 1. desember 2024:"), text);
    assertTrue(text.contains("Sysselsatte per 100 innbyggere: I rute → Nådd"), text);
    assertTrue(text.contains("Flere arbeidsplasser: I rute → Nådd"), text);
    assertFalse(text.contains("Tilfredshet med kommunen: "), "unchanged, not listed: " + text);
    // the action plan: red with cause and action
    assertTrue(text.contains("Rød: avvik"), text);
    assertTrue(text.contains("To saksbehandlere sluttet i vår"), text);
    assertTrue(text.contains("Leie inn kapasitet til mars"), text);
    // the dialogue: 2 meetings, 4 businesses: C 5-19 twice, G 0-4 once, one not in the register;
    // the open point is overdue
    assertTrue(text.contains("Møter holdt i år: 2. Bedrifter som deltok: 4."), text);
    assertTrue(text.contains("Ikke i bedriftsregisteret: 1"), text);
    assertTrue(text.contains("Næring C: 5-19: 2"), text);
    assertTrue(text.contains("Næring G: 0-4: 1"), text);
    assertTrue(text.contains("Åpent, over fristen"), text);
    assertTrue(text.contains("Utført"), text);
    assertTrue(text.contains("Kilder og metode"), text);
  }

  @Test
  void thePdfSaysWhatTheFiguresSay() throws IOException {
    String text = pdfText(PdfReport.of(ReportFixture.model(Language.NB)));
    saysWhatTheFiguresSay(text.replaceAll("[\\s\u00a0]+", " "));
  }

  @Test
  void theWordFileSaysTheSame() throws IOException {
    String text = docxText(DocxReport.of(ReportFixture.model(Language.NB)));
    saysWhatTheFiguresSay(text.replaceAll("[\\s\u00a0]+", " "));
    assertTrue(text.contains("Forord"), text);
  }

  @Test
  void theSummaryCountsGoalsAndIndicatorsByStatus() {
    ReportModel m = ReportFixture.model(Language.NB);
    // goals: g1 achieved, g2 off track; indicators: one achieved, one off track, one not measured
    assertEquals(1, m.goalCounts().get(org.barometer.goals.domain.Status.ACHIEVED));
    assertEquals(1, m.goalCounts().get(org.barometer.goals.domain.Status.OFF_TRACK));
    assertEquals(0, m.goalCounts().get(org.barometer.goals.domain.Status.ON_TRACK));
    assertEquals(1, m.indicatorCounts().get(org.barometer.goals.domain.Status.ACHIEVED));
    assertEquals(1, m.indicatorCounts().get(org.barometer.goals.domain.Status.OFF_TRACK));
    assertEquals(1, m.indicatorCounts().get(org.barometer.goals.domain.Status.NOT_MEASURED_YET));
    assertEquals(2, m.changes().size(), m.changes().toString());
  }

  @Test
  void thePdfEmbedsItsFontSoNorwegianAndSwedishLettersPrint() throws IOException {
    byte[] pdf = PdfReport.of(ReportFixture.model(Language.SV));
    List<String> fonts = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      for (PDPage page : doc.getPages()) {
        for (COSName name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
          fonts.add(font.getName());
        }
      }
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertTrue(text.contains("Årsrapport 2025, per den 1 december 2025"), text);
      assertTrue(text.contains("Dialogen med näringslivet"), text);
    }
    assertTrue(fonts.stream().anyMatch(f -> f.contains("DejaVuSans")), fonts.toString());
  }
}
