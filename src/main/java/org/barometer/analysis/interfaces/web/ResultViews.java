package org.barometer.analysis.interfaces.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.barometer.analysis.application.Breakdown;
import org.barometer.analysis.application.GroupFigures;
import org.barometer.analysis.application.ItemKind;
import org.barometer.analysis.application.ItemResult;
import org.barometer.analysis.application.OptionShare;
import org.barometer.analysis.application.PriorityResult;
import org.barometer.analysis.domain.FactorPlacement;
import org.barometer.analysis.domain.Summary;
import org.barometer.platform.i18n.Language;
import org.barometer.survey.domain.template.Question;
import org.barometer.survey.domain.template.QuestionnaireTemplate;

/**
 * Builds the results page's views from a cycle's results: labels from the questionnaire in the
 * reader's language, numbers formatted for it, suppressed groups named with the reason and no
 * figure. Kept apart from the page bean so that the bean only reads parameters.
 */
final class ResultViews {

  private final long cycleId;
  private final String surveyCode;
  private final QuestionnaireTemplate template;
  private final Language language;
  private final ResourceBundle text;
  private final Numbers numbers;
  private final String api;
  private final String pages;

  ResultViews(
      long cycleId,
      String surveyCode,
      QuestionnaireTemplate template,
      Language language,
      ResourceBundle text,
      String contextPath) {
    this.cycleId = cycleId;
    this.surveyCode = surveyCode;
    this.template = template;
    this.language = language;
    this.text = text;
    this.numbers = new Numbers(language.locale());
    this.api = contextPath + "/api";
    this.pages = contextPath + "/staff/results/";
  }

  ItemView item(ItemResult item) {
    boolean index = item.kind() == ItemKind.INDEX;
    int decimals = Numbers.decimalsFor(index);
    GroupFigures overall = item.overall();
    Question question = template.question(item.code()).orElse(null);
    String chart =
        index || !overall.shown()
            ? null
            : api
                + "/cycles/"
                + cycleId
                + "/results/charts/"
                + item.code()
                + ".png?lang="
                + language.tag();
    List<ShareRow> shares = overall.shown() ? shares(item, question) : List.of();
    Summary s = overall.summary();
    boolean numeric = s != null;
    return new ItemView(
        item.code(),
        item.text().in(language),
        index,
        overall.shown(),
        numeric ? numbers.decimal(s.mean(), decimals) : null,
        numeric ? numbers.interval(s.confidenceInterval(), decimals) : null,
        overall.shown() ? String.valueOf(overall.n()) : Numbers.NONE,
        numeric ? numbers.decimal(s.median(), 1) : null,
        numeric
            ? numbers.decimal(s.firstQuartile(), 1) + "–" + numbers.decimal(s.thirdQuartile(), 1)
            : null,
        numeric && s.topBoxShare().isPresent() ? numbers.percent(s.topBoxShare()) : null,
        numeric && s.dontKnow() > 0 ? String.valueOf(s.dontKnow()) : null,
        item.stratified()
            .filter(e -> e.mean().isPresent())
            .map(e -> numbers.decimal(e.mean(), decimals))
            .orElse(null),
        item.stratified()
            .filter(e -> e.confidenceInterval().isPresent())
            .map(e -> numbers.interval(e.confidenceInterval(), decimals))
            .orElse(null),
        chart,
        shares.stream()
            .map(r -> r.option() + ": " + r.share())
            .reduce((a, b) -> a + "; " + b)
            .orElse(""),
        pages
            + "trend.xhtml?survey="
            + URLEncoder.encode(surveyCode, StandardCharsets.UTF_8)
            + "&item="
            + item.code(),
        shares,
        item.breakdowns().stream()
            .map(b -> breakdown(b, decimals, item.kind().numeric()))
            .toList());
  }

  private List<ShareRow> shares(ItemResult item, Question question) {
    List<ShareRow> rows = new ArrayList<>();
    GroupFigures overall = item.overall();
    if (overall.summary() != null && question != null && question.scale() != null) {
      overall
          .summary()
          .shares()
          .forEach(
              (point, share) ->
                  rows.add(new ShareRow(point(question, point), numbers.percent(share))));
    }
    for (OptionShare option : overall.options()) {
      String label =
          question == null
              ? option.option()
              : question
                  .option(option.option())
                  .map(o -> o.text().in(language))
                  .orElse(option.option());
      rows.add(new ShareRow(label, numbers.percent(option.share())));
    }
    return rows;
  }

  private String point(Question question, int point) {
    if (point == 1) {
      return "1 (" + question.scale().lowLabel().in(language) + ")";
    }
    if (point == question.scale().points()) {
      return point + " (" + question.scale().highLabel().in(language) + ")";
    }
    return String.valueOf(point);
  }

  private BreakdownView breakdown(Breakdown breakdown, int decimals, boolean numeric) {
    Question by = template.question(breakdown.question()).orElseThrow();
    List<GroupRow> rows = new ArrayList<>();
    boolean small = false;
    List<String> protecting = new ArrayList<>();
    for (GroupFigures group : breakdown.groups()) {
      String label =
          GroupFigures.NOT_STATED.equals(group.group())
              ? text.getString("results.notStated")
              : by.option(group.group()).map(o -> o.text().in(language)).orElse(group.group());
      switch (group.visibility()) {
        case SUPPRESSED_SMALL -> small = true;
        case SUPPRESSED_TO_PROTECT -> protecting.add(label);
        case SHOWN ->
            rows.add(
                numeric
                    ? new GroupRow(
                        label,
                        String.valueOf(group.n()),
                        numbers.decimal(group.summary().mean(), decimals),
                        numbers.interval(group.summary().confidenceInterval(), decimals))
                    : new GroupRow(
                        label, String.valueOf(group.n()), mostChosen(group), Numbers.NONE));
      }
    }
    return new BreakdownView(
        by.text().in(language),
        rows,
        small,
        protecting.isEmpty() ? null : String.join(", ", protecting));
  }

  private String mostChosen(GroupFigures group) {
    return group.options().stream()
        .max(java.util.Comparator.comparingDouble(OptionShare::share))
        .map(o -> o.option() + " " + numbers.percent(o.share()))
        .orElse(Numbers.NONE);
  }

  PriorityView priority(PriorityResult priority) {
    List<PriorityView.FactorRow> rows = new ArrayList<>();
    for (FactorPlacement factor : priority.matrix().factors()) {
      rows.add(
          new PriorityView.FactorRow(
              priority.factors().get(factor.code()).in(language),
              numbers.decimal(factor.score(), 1),
              numbers.decimal(factor.impact(), 2),
              factor
                  .quadrant()
                  .map(q -> text.getString("quadrant." + q.name()))
                  .orElse(Numbers.NONE)));
    }
    return new PriorityView(
        priority.name().in(language),
        api
            + "/cycles/"
            + cycleId
            + "/results/priority/"
            + priority.driven()
            + ".png?lang="
            + language.tag(),
        rows);
  }
}
