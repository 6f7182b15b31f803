package org.barometer.goals.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.barometer.goals.domain.Measurement;
import org.barometer.goals.interfaces.ScorecardView.IndicatorView;
import org.barometer.platform.error.NotFoundException;

/**
 * One indicator of a plan: the chart with its figures, target path, baseline and comparison, and
 * every figure in a table (a survey's with its interval and n), under the scorecard's verdict.
 */
@Named
@RequestScoped
public class IndicatorPage {

  @Inject ScorecardPage scorecard;

  private String id;
  private IndicatorView row;

  public IndicatorView getRow() {
    if (row == null) {
      row =
          scorecard.getGoalRows().stream()
              .flatMap(g -> g.goal().indicators().stream())
              .filter(i -> i.id().equals(id))
              .findFirst()
              .orElseThrow(() -> new NotFoundException("There is no indicator " + id + "."));
    }
    return row;
  }

  /** Every figure known on the day, oldest first. */
  public List<Measurement> getFigures() {
    return scorecard.figures(id);
  }

  public String interval(Measurement m) {
    return m.interval()
        .map(
            ci ->
                scorecard.figure(ci.lower(), getRow().decimals())
                    + "–"
                    + scorecard.figure(ci.upper(), getRow().decimals()))
        .orElse("");
  }

  public String getChartUrl() {
    return scorecard.chartUrl(getRow(), 720, 360);
  }

  public String getPlan() {
    return scorecard.getId();
  }

  public void setPlan(String plan) {
    scorecard.setId(plan);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }
}
