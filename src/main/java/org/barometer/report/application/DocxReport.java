package org.barometer.report.application;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.barometer.goals.domain.Status;
import org.barometer.report.application.ReportModel.ActivityGroup;
import org.barometer.report.application.ReportModel.GoalPart;
import org.barometer.report.application.ReportModel.IndicatorPart;
import org.barometer.report.application.ReportModel.SurveyPart;

/**
 * Writes a report as a Word document (POI's XWPF), which the office edits (the foreword) before it
 * goes to the council: the same sections and words as the PDF, the charts as PNG pictures drawn
 * from the same SVG (Batik), since not every Word reads SVG.
 */
public final class DocxReport {

  private final ReportModel m;
  private final ReportWords w;
  private final XWPFDocument doc = new XWPFDocument();

  private DocxReport(ReportModel model) {
    this.m = model;
    this.w = new ReportWords(model.language());
  }

  public static byte[] of(ReportModel model) {
    return new DocxReport(model).write();
  }

  private byte[] write() {
    doc.getProperties().getCoreProperties().setTitle(m.title());
    heading(m.title(), 20);
    para(m.planTitle() + " · " + m.municipality());
    para(w.text("report.version", m.planVersion(), w.date(m.asOf())));
    heading(w.text("report.foreword"), 14);
    para(w.text("report.foreword.placeholder"));
    summary();
    goals();
    surveys();
    activities();
    dialogue();
    heading(w.text("report.methodsSection"), 14);
    for (String k : List.of("interval", "significant", "suppression", "status", "asOf")) {
      para(w.text("report.method." + k));
    }
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      doc.write(out);
      doc.close();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the report as Word", e);
    }
  }

  private void summary() {
    heading(w.text("report.summary"), 14);
    List<List<String>> rows =
        ReportHtml.COUNTED.stream()
            .map(
                (Status s) ->
                    List.of(
                        w.text("goals.status." + s.name()),
                        String.valueOf(m.goalCounts().get(s)),
                        String.valueOf(m.indicatorCounts().get(s))))
            .toList();
    table(List.of("", w.text("report.goals"), w.text("report.indicators")), rows);
    if (m.previous().isEmpty()) {
      para(w.text("report.change.first"));
    } else if (m.changes().isEmpty()) {
      para(w.text("report.change.none", w.date(m.previous().get())));
    } else {
      para(w.text("report.change.since", w.date(m.previous().get())));
      m.changes().forEach(c -> para("• " + c));
    }
  }

  private void goals() {
    heading(w.text("report.goalsSection"), 14);
    for (GoalPart g : m.goals()) {
      heading(
          g.title() + " – " + w.text("goals.status." + g.status().name()),
          g.depth() == 0 ? 12 : 11);
      for (IndicatorPart i : g.indicators()) {
        bold(i.name() + " – " + w.text("goals.status." + i.status().name()));
        para(w.text("report.figure.label") + ": " + i.figure());
        para(w.text("report.target") + ": " + i.target());
        para(w.text("report.why") + ": " + i.why());
        if (!i.published().isEmpty()) {
          para(w.text("report.source") + ": " + i.published());
        }
        if (!i.chart().isEmpty()) {
          chart(ReportChart.svg(i.chart(), w));
        }
      }
    }
  }

  private void surveys() {
    heading(w.text("report.surveySection"), 14);
    if (m.surveys().isEmpty()) {
      para(w.text("report.survey.none"));
    }
    for (SurveyPart s : m.surveys()) {
      heading(s.surveyName() + " " + s.cycle(), 12);
      para(s.responses());
      table(
          List.of(w.text("report.index"), w.text("report.estimateHead"), "n"),
          s.indices().stream().map(i -> List.of(i.name(), i.figure(), i.n())).toList());
      for (ReportModel.TrendLine t : s.trends()) {
        bold(t.name());
        table(t.cycles(), List.of(t.figures()));
        para(t.change());
      }
      if (!s.priorities().isEmpty()) {
        bold(w.text("report.priorities"));
        table(
            List.of(w.text("report.matrix"), w.text("report.factor"), w.text("report.score"), ""),
            s.priorities().stream()
                .map(x -> List.of(x.matrix(), x.factor(), x.score(), x.quadrant()))
                .toList());
      }
    }
  }

  private void activities() {
    heading(w.text("report.actionSection"), 14);
    if (m.activities().isEmpty()) {
      para(w.text("report.action.none"));
    }
    for (ActivityGroup g : m.activities()) {
      heading(g.goalTitle(), 12);
      table(
          List.of(
              w.text("report.activity"),
              w.text("report.owner"),
              w.text("report.status"),
              w.text("report.cause"),
              w.text("report.action")),
          g.activities().stream()
              .map(a -> List.of(a.title(), a.owner(), a.status(), a.cause(), a.recommendedAction()))
              .toList());
    }
  }

  private void dialogue() {
    ReportModel.DialoguePart d = m.dialogue();
    heading(w.text("report.dialogueSection"), 14);
    para(w.text("report.dialogue.counts", d.meetingsHeld(), d.businessesTakingPart()));
    d.meetings().forEach(x -> para("• " + x));
    if (!d.businesses().isEmpty() || d.notInRegister() > 0) {
      bold(w.text("report.dialogue.byIndustry"));
      d.businesses()
          .forEach(
              (industry, sizes) -> {
                StringBuilder s = new StringBuilder();
                sizes.forEach(
                    (size, n) ->
                        s.append(s.isEmpty() ? "" : ", ")
                            .append(w.text("report.dialogue.size", size, n)));
                para(w.text("report.dialogue.industry", industry, s));
              });
    }
    if (d.notInRegister() > 0) {
      para(w.text("report.dialogue.notInRegister", d.notInRegister()));
    }
    if (!d.followUps().isEmpty()) {
      bold(w.text("report.followUps"));
      table(
          List.of(w.text("report.followUp"), w.text("report.meeting"), w.text("report.due"), ""),
          d.followUps().stream()
              .map(f -> List.of(f.text(), f.meeting(), f.due(), f.outcome()))
              .toList());
    }
  }

  private void heading(String text, int size) {
    XWPFRun r = doc.createParagraph().createRun();
    r.setBold(true);
    r.setFontSize(size);
    r.setText(text);
  }

  private void bold(String text) {
    XWPFRun r = doc.createParagraph().createRun();
    r.setBold(true);
    r.setText(text);
  }

  private void para(String text) {
    XWPFParagraph p = doc.createParagraph();
    p.createRun().setText(text);
  }

  private void table(List<String> head, List<List<String>> rows) {
    XWPFTable t = doc.createTable(rows.size() + 1, head.size());
    t.setWidth("100%");
    for (int c = 0; c < head.size(); c++) {
      XWPFRun r = t.getRow(0).getCell(c).getParagraphs().get(0).createRun();
      r.setBold(true);
      r.setText(head.get(c));
    }
    for (int i = 0; i < rows.size(); i++) {
      XWPFTableRow row = t.getRow(i + 1);
      for (int c = 0; c < head.size() && c < rows.get(i).size(); c++) {
        row.getCell(c).setText(rows.get(i).get(c));
      }
    }
    doc.createParagraph();
  }

  private void chart(String svg) {
    try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
      PNGTranscoder t = new PNGTranscoder();
      t.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) ReportChart.WIDTH * 2);
      t.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(png));
      doc.createParagraph()
          .createRun()
          .addPicture(
              new ByteArrayInputStream(png.toByteArray()),
              Document.PICTURE_TYPE_PNG,
              "chart.png",
              Units.toEMU(ReportChart.WIDTH),
              Units.toEMU(ReportChart.HEIGHT));
    } catch (IOException | TranscoderException | InvalidFormatException e) {
      throw new IllegalStateException("Could not draw a chart of the report", e);
    }
  }
}
