package org.barometer.analysis.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.barometer.analysis.application.ItemTrend;
import org.barometer.analysis.application.ResultsService;
import org.barometer.platform.web.LanguageChoice;

/**
 * An index (or question) over all cycles of a survey: the chart and the same figures as a table.
 */
@Named
@RequestScoped
public class TrendPage {

  /** One cycle's row; figures are dashes where the cycle had too few answers. */
  public record Row(String cycle, String estimate, String interval, String n, boolean stratified) {}

  @Inject ResultsService service;
  @Inject LanguageChoice language;

  private String survey;
  private String item;
  private ItemTrend trend;

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

  public ItemTrend getTrend() {
    if (trend == null) {
      trend = service.trend(survey, item);
    }
    return trend;
  }

  public String getTitle() {
    return getTrend().text().in(language.getLanguage());
  }

  public String getChartUrl() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/surveys/"
        + survey
        + "/trend/"
        + item
        + "/chart.png?lang="
        + language.getLanguage().tag();
  }

  public List<Row> getRows() {
    Numbers numbers = new Numbers(language.getLocale());
    int decimals = 1;
    return getTrend().points().stream()
        .map(
            p ->
                new Row(
                    p.cycle(),
                    numbers.decimal(p.estimate(), decimals),
                    numbers.interval(p.interval(), decimals),
                    p.n() == null ? Numbers.NONE : String.valueOf(p.n()),
                    p.stratified()))
        .toList();
  }

  /** The chart's text alternative: every cycle's estimate and interval in one sentence. */
  public String getChartAlt() {
    return getRows().stream()
        .map(r -> r.cycle() + ": " + r.estimate() + " (" + r.interval() + ")")
        .reduce((a, b) -> a + "; " + b)
        .orElse("");
  }
}
