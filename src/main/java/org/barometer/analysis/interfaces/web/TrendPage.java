package org.barometer.analysis.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.barometer.analysis.application.GroupFigures;
import org.barometer.analysis.application.GroupTrend;
import org.barometer.analysis.application.GroupTrends;
import org.barometer.analysis.application.ItemKind;
import org.barometer.analysis.application.ItemTrend;
import org.barometer.analysis.application.ResultsService;
import org.barometer.analysis.application.TrendChange;
import org.barometer.analysis.application.TrendPoint;
import org.barometer.analysis.domain.Visibility;
import org.barometer.analysis.domain.WeightedTrend;
import org.barometer.platform.i18n.Language;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.survey.domain.template.BackgroundKind;
import org.barometer.survey.domain.template.Question;

/**
 * An index (or question) over all cycles of a survey: for the whole survey or group by group of
 * industry, size or years in the municipality, each series as a sentence on its trend, a chart and
 * the same figures as a table with each cycle's change from the previous one.
 */
@Named
@RequestScoped
public class TrendPage {

  /**
   * One cycle's row; figures are dashes where there is none.
   *
   * @param since the earlier cycle the change is from, where that is not the row above; else null
   * @param verdict the name of the change's {@code Verdict}, or null without a test
   * @param hidden why the figure is hidden in this cycle, or null
   */
  public record Row(
      String cycle,
      boolean provisional,
      String estimate,
      String interval,
      String n,
      boolean stratified,
      String change,
      String since,
      String p,
      String holm,
      String verdict,
      boolean untested,
      String hidden) {}

  /**
   * One series: the whole survey, or one group.
   *
   * @param id the group's code, or "all"
   * @param tests how many changes the table tests (Holm adjusts over these)
   */
  public record Series(
      String id,
      String title,
      String sentence,
      boolean significantTrend,
      String chartUrl,
      String chartAlt,
      List<Row> rows,
      int tests) {}

  /** A choice of the selector. */
  public record Choice(String value, String label, boolean selected) {}

  @Inject ResultsService service;
  @Inject LanguageChoice language;

  private String survey;
  private String item;
  private String by;
  private ItemTrend trend;
  private List<Series> series;
  private List<String> allHidden;

  public String getSurvey() {
    return survey;
  }

  public void setSurvey(String survey) {
    this.survey = survey;
  }

  public String getItem() {
    return item;
  }

  public void setItem(String item) {
    this.item = item;
  }

  public String getBy() {
    return by;
  }

  public void setBy(String by) {
    this.by = by;
  }

  /** The background kind chosen, or null for the whole survey. */
  private BackgroundKind kind() {
    if (by == null || by.isBlank()) {
      return null;
    }
    for (BackgroundKind k : BackgroundKind.values()) {
      if (k.name().equalsIgnoreCase(by)) {
        return k;
      }
    }
    return null;
  }

  public boolean isGrouped() {
    return kind() != null;
  }

  public ItemTrend getTrend() {
    if (trend == null) {
      trend = service.trend(survey, item);
    }
    return trend;
  }

  public String getTitle() {
    return getTrend().text().in(language.getLanguage());
  }

  public List<Choice> getChoices() {
    ResourceBundle text = bundle();
    BackgroundKind chosen = kind();
    List<Choice> choices = new ArrayList<>();
    choices.add(new Choice("", text.getString("trend.by.all"), chosen == null));
    for (BackgroundKind k : BackgroundKind.values()) {
      choices.add(
          new Choice(k.name().toLowerCase(), text.getString("trend.by." + k.name()), chosen == k));
    }
    return choices;
  }

  private ResourceBundle bundle() {
    return ResourceBundle.getBundle("org.barometer.messages", language.getLocale());
  }

  /** "Index (0–100)" or "Mean", the figure's column. */
  public String getValueHeader() {
    return new TrendWords(language.getLanguage()).valueLabel(index());
  }

  private boolean index() {
    return getTrend().kind() == ItemKind.INDEX;
  }

  /** The whole survey's series, or one per group with a figure in some cycle. */
  public List<Series> getSeries() {
    if (series != null) {
      return series;
    }
    TrendWords words = new TrendWords(language.getLanguage());
    String chart =
        FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
            + "/api/surveys/"
            + survey
            + "/trend/"
            + item;
    String lang = "?lang=" + language.getLanguage().tag();
    series = new ArrayList<>();
    allHidden = new ArrayList<>();
    BackgroundKind kind = kind();
    if (kind == null) {
      series.add(
          series(
              "all",
              getTitle(),
              getTrend().points(),
              getTrend().slope(),
              chart + "/chart.png" + lang,
              words));
      return series;
    }
    GroupTrends groups = service.trend(survey, item, kind);
    Question question =
        groups.labelsCycleId() == null
            ? null
            : service.question(groups.labelsCycleId(), groups.question());
    for (GroupTrend group : groups.groups()) {
      String label = groupLabel(question, group.group());
      if (group.points().stream().noneMatch(p -> p.estimate().isPresent())) {
        // as under a breakdown: small groups go unnamed, those hidden to protect them are named
        if (group.points().stream()
            .anyMatch(p -> p.visibility() == Visibility.SUPPRESSED_TO_PROTECT)) {
          allHidden.add(label);
        }
        continue;
      }
      series.add(
          series(
              group.group(),
              label,
              group.points(),
              group.slope(),
              chart
                  + "/by/"
                  + kind.name().toLowerCase()
                  + "/"
                  + group.group()
                  + "/chart.png"
                  + lang,
              words));
    }
    return series;
  }

  /** The groups hidden in every cycle to protect a small one, comma-separated; null when none. */
  public String getAllHidden() {
    getSeries();
    return allHidden.isEmpty() ? null : String.join(", ", allHidden);
  }

  private String groupLabel(Question question, String group) {
    Language lang = language.getLanguage();
    if (GroupFigures.NOT_STATED.equals(group)) {
      return bundle().getString("results.notStated");
    }
    return question == null
        ? group
        : question.option(group).map(o -> o.text().in(lang)).orElse(group);
  }

  private Series series(
      String id,
      String title,
      List<TrendPoint> points,
      WeightedTrend slope,
      String chartUrl,
      TrendWords words) {
    Numbers numbers = new Numbers(language.getLocale());
    ResourceBundle text = bundle();
    int decimals = Numbers.decimalsFor(index());
    List<Row> rows = new ArrayList<>();
    int tests = 0;
    Long previous = null;
    for (TrendPoint p : points) {
      TrendChange change = p.change().orElse(null);
      if (change != null && change.test().pValue().isPresent()) {
        tests++;
      }
      rows.add(
          new Row(
              words.cycle(p),
              p.provisional(),
              numbers.decimal(p.estimate(), decimals),
              numbers.interval(p.interval(), decimals),
              p.n() == null ? Numbers.NONE : String.valueOf(p.n()),
              p.stratified(),
              change == null || change.test().difference().isEmpty()
                  ? Numbers.NONE
                  : words.signed(change.test().difference().getAsDouble(), decimals),
              change != null && !Long.valueOf(change.sinceCycleId()).equals(previous)
                  ? MessageFormat.format(text.getString("trend.since"), change.since())
                  : null,
              change == null || change.test().pValue().isEmpty()
                  ? Numbers.NONE
                  : numbers.pValue(change.test().pValue().getAsDouble()),
              change == null || change.holmPValue().isEmpty()
                  ? Numbers.NONE
                  : numbers.pValue(change.holmPValue().getAsDouble()),
              change == null ? null : change.verdict().map(Enum::name).orElse(null),
              change != null && change.verdict().isEmpty(),
              p.visibility().shown() ? null : text.getString("trend.hidden." + p.visibility())));
      previous = p.cycleId();
    }
    String alt =
        rows.stream()
            .map(
                r ->
                    r.cycle()
                        + ": "
                        + (r.hidden() != null
                            ? r.hidden()
                            : r.estimate() + " (" + r.interval() + ")")
                        + (r.verdict() != null && !r.verdict().equals("NO_SIGNIFICANT_CHANGE")
                            ? ", " + text.getString("verdict." + r.verdict()).toLowerCase()
                            : ""))
            .reduce((a, b) -> a + "; " + b)
            .orElse("");
    String sentence = words.sentence(slope, points, index());
    return new Series(
        id,
        title,
        sentence,
        slope.verdict().filter(v -> v.name().startsWith("SIGNIFICANTLY")).isPresent(),
        chartUrl,
        alt + ". " + sentence,
        rows,
        tests);
  }

  /** "The table tests 3 changes at once …", for a series that tests more than one. */
  public String multipleTests(int tests) {
    return MessageFormat.format(bundle().getString("results.multipleTests"), tests);
  }
}
