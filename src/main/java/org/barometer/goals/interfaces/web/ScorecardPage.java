package org.barometer.goals.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.barometer.actionplan.application.ActionPlanService;
import org.barometer.actionplan.application.ActivityView;
import org.barometer.goals.application.DialogueRecords;
import org.barometer.goals.application.Plans;
import org.barometer.goals.domain.Measurement;
import org.barometer.goals.domain.PlanPeriod;
import org.barometer.goals.domain.Status;
import org.barometer.goals.interfaces.ScorecardView;
import org.barometer.goals.interfaces.ScorecardView.GoalView;
import org.barometer.goals.interfaces.ScorecardView.IndicatorView;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.platform.web.Messages;

/**
 * A plan's scorecard: every goal with its status light, each indicator on one row with where its
 * figure comes from, the figure (a survey's with its interval and n), the target, a small trend and
 * the sentence that says why. Survey and statistics indicators stand side by side under the goal
 * they measure.
 */
@Named
@RequestScoped
public class ScorecardPage {

  @Inject Plans plans;
  @Inject DialogueRecords dialogue;
  @Inject LanguageChoice language;
  @Inject ActionPlanService actionPlans;

  private String id;
  private String asOf;
  private ScorecardView card;
  private Map<String, List<ActivityView>> activities;

  public ScorecardView getCard() {
    if (card == null) {
      card =
          ScorecardView.of(
              plans.scorecard(id, day()),
              dialogue.openFollowUps(id, LocalDate.now()),
              language.getLocale());
    }
    return card;
  }

  /** The plan's years in the page's language ("til 2030"); the API gives the file's own text. */
  public String getPeriod() {
    return PlanPeriod.parse(getCard().period()).phrase().in(language.getLocale());
  }

  private LocalDate day() {
    if (asOf == null || asOf.isBlank()) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(asOf.strip());
    } catch (DateTimeParseException e) {
      Messages.error(Messages.text("goals.asOf.invalid", asOf));
      return LocalDate.now();
    }
  }

  /**
   * The activities serving a goal in the action plan covering the day shown: the indicators say
   * whether the goal is being reached, the activities whether the work is being done.
   */
  public List<ActivityView> activities(String goalId) {
    if (activities == null) {
      activities = actionPlans.activitiesByGoal(id, day());
    }
    return activities.getOrDefault(goalId, List.of());
  }

  /** An activity's status as a CSS suffix and message key: NONE before the first report. */
  public String activityStatus(ActivityView activity) {
    return activity.status() == null ? "NONE" : activity.status();
  }

  /** An indicator's figures as known on the day shown, oldest first. */
  public List<Measurement> figures(String indicatorId) {
    return plans.picture(id, indicatorId, day()).figures();
  }

  /** The open follow-up points from the dialogue that serve the goal, overdue first. */
  public List<DialogueRecords.GoalFollowUp> followUps(String goalId) {
    return getCard().followUps().stream().filter(f -> f.goalId().equals(goalId)).toList();
  }

  /** A goal as a section of the page; sub-goals follow their goal, one level deeper. */
  public record GoalRow(GoalView goal, int depth) {}

  /** The goal tree flattened in reading order, so the page needs no recursion. */
  public List<GoalRow> getGoalRows() {
    List<GoalRow> rows = new ArrayList<>();
    getCard().goals().forEach(g -> flatten(g, 0, rows));
    return rows;
  }

  private static void flatten(GoalView goal, int depth, List<GoalRow> rows) {
    rows.add(new GoalRow(goal, depth));
    goal.goals().forEach(g -> flatten(g, depth + 1, rows));
  }

  /** How many indicators have each status, worst first, for the summary at the top. */
  public Map<Status, Long> getCounts() {
    Map<Status, Long> counts = new EnumMap<>(Status.class);
    getCard().goals().stream()
        .flatMap(ScorecardPage::indicators)
        .forEach(i -> counts.merge(Status.valueOf(i.status()), 1L, Long::sum));
    return counts;
  }

  public List<Map.Entry<Status, Long>> getCountList() {
    return List.copyOf(getCounts().entrySet());
  }

  private static Stream<IndicatorView> indicators(GoalView goal) {
    return Stream.concat(
        goal.indicators().stream(), goal.goals().stream().flatMap(ScorecardPage::indicators));
  }

  /** The figure as the page writes numbers: one decimal, none for large figures. */
  public String figure(Double value) {
    return figure(value, 1);
  }

  /**
   * The figure with as many decimals as its verdict needs ({@link IndicatorView#decimals()}): 0.66
   * beside 0.67 is not written 0.7; one decimal otherwise, none for large figures.
   */
  public String figure(Double value, int decimals) {
    if (value == null) {
      return "–";
    }
    NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
    format.setMaximumFractionDigits(decimals <= 1 && Math.abs(value) >= 1000 ? 0 : decimals);
    return format.format(value);
  }

  /** "68.2–73.9": a survey figure's 95 % interval, or empty. */
  public String interval(IndicatorView row) {
    return row.lower() == null
        ? ""
        : figure(row.lower(), row.decimals()) + "–" + figure(row.upper(), row.decimals());
  }

  /** "Kommune-NM 2024 (NHO), published 20 June 2024": where and when the figure was published. */
  public String reference(IndicatorView row) {
    if (row.published() == null) {
      return row.reference();
    }
    return Messages.text(
        "goals.publishedIn",
        row.reference(),
        DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(language.getLocale())
            .format(row.published()));
  }

  /** The indicator's chart from the REST API: small for the row, large for the drill-down. */
  public String chartUrl(IndicatorView row, int width, int height) {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
        + "/api/plans/"
        + encode(id)
        + "/indicators/"
        + encode(row.id())
        + "/chart.png?width="
        + width
        + "&height="
        + height
        + (asOf == null || asOf.isBlank() ? "" : "&asOf=" + encode(asOf))
        + "&lang="
        + language.getLanguage().tag();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public String getAsOf() {
    return asOf;
  }

  public void setAsOf(String asOf) {
    this.asOf = asOf;
  }
}
