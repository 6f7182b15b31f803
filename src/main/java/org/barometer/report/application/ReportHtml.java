package org.barometer.report.application;

import static org.barometer.report.application.Html.escape;

import java.util.List;
import java.util.Map;
import org.barometer.goals.domain.Status;
import org.barometer.report.application.ReportModel.ActivityGroup;
import org.barometer.report.application.ReportModel.ActivityLine;
import org.barometer.report.application.ReportModel.DialoguePart;
import org.barometer.report.application.ReportModel.FollowUpLine;
import org.barometer.report.application.ReportModel.GoalPart;
import org.barometer.report.application.ReportModel.IndicatorPart;
import org.barometer.report.application.ReportModel.SurveyPart;

/**
 * The report as XHTML for openhtmltopdf to lay out ({@link PdfReport}): one section after the other
 * in the order the council reads them, the charts inline as SVG.
 */
final class ReportHtml {

  /** The statuses the summary counts, in the scorecard's order. */
  static final List<Status> COUNTED =
      List.of(
          Status.ACHIEVED,
          Status.ON_TRACK,
          Status.AT_RISK,
          Status.OFF_TRACK,
          Status.NOT_MEASURED_YET,
          Status.AWAITING_PUBLICATION);

  private final ReportModel m;
  private final ReportWords w;
  private final StringBuilder h = new StringBuilder();

  private ReportHtml(ReportModel model) {
    this.m = model;
    this.w = new ReportWords(model.language());
  }

  static String of(ReportModel model) {
    return new ReportHtml(model).document();
  }

  private String document() {
    h.append("<!DOCTYPE html><html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"")
        .append(m.language().tag())
        .append("\"><head><meta charset=\"UTF-8\"/><title>")
        .append(escape(m.title()))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>");
    h.append("<h1>").append(escape(m.title())).append("</h1>");
    p("sub", m.planTitle() + " · " + m.municipality());
    p("sub", w.text("report.version", m.planVersion(), w.date(m.asOf())));
    summary();
    goals();
    surveys();
    activities();
    dialogue(m.dialogue());
    methods();
    return h.append("</body></html>").toString();
  }

  private void summary() {
    h2("report.summary");
    h.append("<table><tr><th></th><th>")
        .append(escape(w.text("report.goals")))
        .append("</th><th>")
        .append(escape(w.text("report.indicators")))
        .append("</th></tr>");
    for (Status s : COUNTED) {
      h.append("<tr><td>").append(badge(s)).append("</td><td class=\"n\">");
      h.append(m.goalCounts().get(s)).append("</td><td class=\"n\">");
      h.append(m.indicatorCounts().get(s)).append("</td></tr>");
    }
    h.append("</table>");
    if (m.previous().isEmpty()) {
      p("", w.text("report.change.first"));
    } else if (m.changes().isEmpty()) {
      p("", w.text("report.change.none", w.date(m.previous().get())));
    } else {
      p("", w.text("report.change.since", w.date(m.previous().get())));
      list(m.changes());
    }
  }

  private void goals() {
    h2("report.goalsSection");
    for (GoalPart g : m.goals()) {
      h.append(g.depth() == 0 ? "<h3>" : "<h4>")
          .append(escape(g.title()))
          .append(" ")
          .append(badge(g.status()))
          .append(g.depth() == 0 ? "</h3>" : "</h4>");
      for (IndicatorPart i : g.indicators()) {
        h.append("<div class=\"indicator\"><p class=\"name\">")
            .append(escape(i.name()))
            .append(" ")
            .append(badge(i.status()))
            .append("</p><table class=\"facts\">");
        row("report.figure.label", i.figure());
        row("report.target", i.target());
        row("report.why", i.why());
        if (!i.published().isEmpty()) {
          row("report.source", i.published());
        }
        h.append("</table>");
        if (!i.chart().isEmpty()) {
          h.append("<div class=\"chart\">").append(ReportChart.svg(i.chart(), w)).append("</div>");
        }
        h.append("</div>");
      }
    }
  }

  private void surveys() {
    h2("report.surveySection");
    if (m.surveys().isEmpty()) {
      p("", w.text("report.survey.none"));
    }
    for (SurveyPart s : m.surveys()) {
      h.append("<h3>").append(escape(s.surveyName() + " " + s.cycle())).append("</h3>");
      p("", s.responses());
      table(
          List.of(w.text("report.index"), w.text("report.estimateHead"), "n"),
          s.indices().stream().map(i -> List.of(i.name(), i.figure(), i.n())).toList());
      for (ReportModel.TrendLine t : s.trends()) {
        p("name", t.name());
        table(t.cycles(), List.of(t.figures()));
        p("", t.change());
      }
      if (!s.priorities().isEmpty()) {
        p("name", w.text("report.priorities"));
        table(
            List.of(w.text("report.matrix"), w.text("report.factor"), w.text("report.score"), ""),
            s.priorities().stream()
                .map(x -> List.of(x.matrix(), x.factor(), x.score(), x.quadrant()))
                .toList());
      }
    }
  }

  private void activities() {
    h2("report.actionSection");
    if (m.activities().isEmpty()) {
      p("", w.text("report.action.none"));
    }
    for (ActivityGroup g : m.activities()) {
      h.append("<h3>").append(escape(g.goalTitle())).append("</h3>");
      h.append("<table class=\"grid\"><tr>");
      for (String k :
          List.of(
              "report.activity",
              "report.owner",
              "report.status",
              "report.cause",
              "report.action")) {
        h.append("<th>").append(escape(w.text(k))).append("</th>");
      }
      h.append("</tr>");
      for (ActivityLine a : g.activities()) {
        h.append("<tr><td>").append(escape(a.title())).append("</td><td>");
        h.append(escape(a.owner())).append("</td><td>").append(escape(a.status()));
        h.append("</td><td>").append(escape(a.cause())).append("</td><td>");
        h.append(escape(a.recommendedAction()));
        h.append("</td></tr>");
      }
      h.append("</table>");
    }
  }

  private void dialogue(DialoguePart d) {
    h2("report.dialogueSection");
    p("", w.text("report.dialogue.counts", d.meetingsHeld(), d.businessesTakingPart()));
    list(d.meetings());
    if (!d.businesses().isEmpty() || d.notInRegister() > 0) {
      p("name", w.text("report.dialogue.byIndustry"));
      for (Map.Entry<String, Map<String, Integer>> e : d.businesses().entrySet()) {
        StringBuilder sizes = new StringBuilder();
        e.getValue()
            .forEach(
                (size, n) ->
                    sizes
                        .append(sizes.isEmpty() ? "" : ", ")
                        .append(w.text("report.dialogue.size", size, n)));
        p("", w.text("report.dialogue.industry", e.getKey(), sizes));
      }
    }
    if (d.notInRegister() > 0) {
      p("", w.text("report.dialogue.notInRegister", d.notInRegister()));
    }
    if (!d.followUps().isEmpty()) {
      p("name", w.text("report.followUps"));
      table(
          List.of(w.text("report.followUp"), w.text("report.meeting"), w.text("report.due"), ""),
          d.followUps().stream()
              .map((FollowUpLine f) -> List.of(f.text(), f.meeting(), f.due(), f.outcome()))
              .toList());
    }
  }

  private void methods() {
    h2("report.methodsSection");
    for (String k : List.of("interval", "significant", "suppression", "status", "asOf")) {
      p("", w.text("report.method." + k));
    }
  }

  private String badge(Status s) {
    return "<span class=\"badge s-"
        + s.name()
        + "\">"
        + escape(w.text("goals.status." + s.name()))
        + "</span>";
  }

  private void h2(String key) {
    h.append("<h2>").append(escape(w.text(key))).append("</h2>");
  }

  private void p(String cls, String text) {
    h.append("<p class=\"").append(cls).append("\">").append(escape(text)).append("</p>");
  }

  private void row(String key, String value) {
    h.append("<tr><th>").append(escape(w.text(key))).append("</th><td>");
    h.append(escape(value)).append("</td></tr>");
  }

  private void list(List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    h.append("<ul>");
    items.forEach(i -> h.append("<li>").append(escape(i)).append("</li>"));
    h.append("</ul>");
  }

  private void table(List<String> head, List<List<String>> rows) {
    h.append("<table class=\"grid\"><tr>");
    head.forEach(c -> h.append("<th>").append(escape(c)).append("</th>"));
    h.append("</tr>");
    for (List<String> r : rows) {
      h.append("<tr>");
      r.forEach(c -> h.append("<td>").append(escape(c)).append("</td>"));
      h.append("</tr>");
    }
    h.append("</table>");
  }

  private static final String STYLE =
      "@page { size: A4; margin: 20mm 18mm; @bottom-right { content: counter(page);"
          + " font-family: 'DejaVu Sans'; font-size: 8pt; } }"
          + " body { font-family: 'DejaVu Sans'; font-size: 9.5pt; color: #222; }"
          + " h1 { font-size: 20pt; margin: 0 0 4pt 0; } h2 { font-size: 14pt; margin-top: 18pt;"
          + " border-bottom: 1px solid #888; } h3 { font-size: 11.5pt; margin: 12pt 0 4pt 0; }"
          + " h4 { font-size: 10.5pt; margin: 10pt 0 4pt 12pt; } p.sub { color: #555; margin: 0; }"
          + " p.name { font-weight: bold; margin: 8pt 0 2pt 0; } h2, h3, h4, p.name {"
          + " page-break-after: avoid; }"
          + " .indicator { page-break-inside: avoid; margin: 6pt 0 10pt 0; }"
          + " table { border-collapse: collapse; margin: 4pt 0; } td, th { padding: 2pt 6pt;"
          + " text-align: left; vertical-align: top; } td.n { text-align: right; }"
          + " table.facts th { color: #555; font-weight: normal; width: 28mm; }"
          + " table.grid td, table.grid th { border: 0.5px solid #aaa; } table.grid { width: 100%; }"
          + " .badge { font-size: 8.5pt; padding: 0 4pt; border-radius: 3pt; color: #fff;"
          + " background: #777; } .s-ACHIEVED { background: #1e7b34; } .s-ON_TRACK { background:"
          + " #3a8f5a; } .s-AT_RISK { background: #b7791f; } .s-OFF_TRACK { background: #b42318; }";
}
