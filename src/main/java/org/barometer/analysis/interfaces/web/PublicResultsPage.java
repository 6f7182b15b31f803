package org.barometer.analysis.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.analysis.application.ItemKind;
import org.barometer.analysis.application.ItemTrend;
import org.barometer.analysis.application.PlannedActions.PlannedAction;
import org.barometer.analysis.application.PublishedResults;
import org.barometer.analysis.application.ResultsPublication;
import org.barometer.analysis.application.TrendPoint;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.security.Public;
import org.barometer.platform.web.LanguageChoice;

/**
 * The public results page of a published cycle ({@code /results.xhtml?survey=&cycle=}), for the
 * businesses that answered: no login, on a phone, in nb, sv or en. Its figures are the published
 * ones ({@link ResultsPublication#published}), small groups hidden; a cycle that is not published
 * is "page not found" with 404, like an address that names nothing.
 */
@Public
@Named
@ViewScoped
public class PublicResultsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One figure of one cycle as the page writes it; {@code hidden} when suppressed. */
  public record Figure(String cycle, String estimate, String interval, String n, boolean hidden) {}

  /** An index or main question with its figure in the published cycle and its trend. */
  public record Item(
      String code,
      String text,
      boolean index,
      Figure latest,
      List<Figure> trend,
      String trendSentence,
      String chart) {}

  /** The activities serving one goal. */
  public record GoalActions(String goal, List<PlannedAction> activities) {}

  @Inject ResultsPublication publication;
  @Inject LanguageChoice language;

  private String survey;
  private String cycle;
  private transient PublishedResults results;

  /** After the view parameters: the published figures, or 404. */
  public void load() {
    results();
  }

  private PublishedResults results() {
    if (results == null) {
      if (survey == null || cycle == null) {
        throw new NotFoundException("The results page needs survey and cycle");
      }
      results = publication.published(survey, cycle);
    }
    return results;
  }

  public PublishedResults getResults() {
    return results();
  }

  public List<Item> getIndices() {
    return results().indices().stream().map(this::item).toList();
  }

  public List<Item> getQuestions() {
    return results().questions().stream().map(this::item).toList();
  }

  public List<GoalActions> getActions() {
    Map<String, List<PlannedAction>> byGoal = new LinkedHashMap<>();
    for (PlannedAction a : results().actions()) {
      byGoal.computeIfAbsent(a.goal(), g -> new ArrayList<>()).add(a);
    }
    return byGoal.entrySet().stream().map(e -> new GoalActions(e.getKey(), e.getValue())).toList();
  }

  /** The activity's status for its light and word; NONE before its first report. */
  public String statusOf(PlannedAction a) {
    return a.status() == null ? "NONE" : a.status();
  }

  /** The JSON-stat of the same figures, in the page's language. */
  public String getJsonStat() {
    return base() + "/results.jsonstat?lang=" + language.getLanguage().tag();
  }

  private Item item(ItemTrend trend) {
    boolean index = trend.kind() == ItemKind.INDEX;
    TrendWords words = new TrendWords(language.getLanguage());
    List<Figure> figures = trend.points().stream().map(p -> figure(p, index)).toList();
    Figure latest =
        results().latest(trend).map(p -> figure(p, index)).orElse(figures.get(figures.size() - 1));
    boolean anyShown = figures.stream().anyMatch(f -> !f.hidden());
    return new Item(
        trend.code(),
        language.text(trend.text()),
        index,
        latest,
        figures,
        figures.size() > 1 ? words.sentence(trend.slope(), trend.points(), index) : null,
        anyShown && figures.size() > 1
            ? base()
                + "/trend/"
                + URLEncoder.encode(trend.code(), StandardCharsets.UTF_8)
                + ".png?lang="
                + language.getLanguage().tag()
            : null);
  }

  private Figure figure(TrendPoint p, boolean index) {
    Numbers numbers = new Numbers(language.getLocale());
    if (!p.visibility().shown()) {
      return new Figure(p.cycle(), Numbers.NONE, Numbers.NONE, Numbers.NONE, true);
    }
    int decimals = Numbers.decimalsFor(index);
    return new Figure(
        p.cycle(),
        numbers.decimal(p.estimate(), decimals),
        numbers.interval(p.interval(), decimals),
        p.n() == null ? Numbers.NONE : Long.toString(p.n()),
        false);
  }

  /** The public API's address of this cycle, relative to the page. */
  private String base() {
    return "api/public/surveys/"
        + URLEncoder.encode(results().surveyCode(), StandardCharsets.UTF_8).replace("+", "%20")
        + "/cycles/"
        + URLEncoder.encode(results().cycle(), StandardCharsets.UTF_8).replace("+", "%20");
  }

  public String getSurvey() {
    return survey;
  }

  public void setSurvey(String survey) {
    this.survey = survey;
  }

  public String getCycle() {
    return cycle;
  }

  public void setCycle(String cycle) {
    this.cycle = cycle;
  }
}
