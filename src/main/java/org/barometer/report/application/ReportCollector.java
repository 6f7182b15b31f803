package org.barometer.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.actionplan.application.ActionPlanService;
import org.barometer.analysis.application.ResultsService;
import org.barometer.goals.application.Plans;
import org.barometer.goals.application.Scorecard;
import org.barometer.goals.domain.Goal;
import org.barometer.goals.domain.Indicator;
import org.barometer.goals.domain.Status;
import org.barometer.platform.i18n.Language;
import org.barometer.report.domain.IssuedReport;
import org.barometer.report.domain.IssuedStatuses;
import org.barometer.survey.application.SurveyService;

/**
 * Collects a report's model from the features' application services: the plan's scorecard as of the
 * day (the version in force then, the figures published by then), the survey results, the action
 * plan and the dialogue. Nothing is scored or counted again here, so a report issued twice for the
 * same day says the same.
 */
@ApplicationScoped
public class ReportCollector {

  @Inject Plans plans;
  @Inject ActionPlanService actionPlans;
  @Inject SurveyService surveys;
  @Inject ResultsService results;
  @Inject DialogueSummary dialogue;

  protected ReportCollector() {}

  public ReportCollector(
      Plans plans,
      ActionPlanService actionPlans,
      SurveyService surveys,
      ResultsService results,
      DialogueSummary dialogue) {
    this.plans = plans;
    this.actionPlans = actionPlans;
    this.surveys = surveys;
    this.results = results;
    this.dialogue = dialogue;
  }

  /**
   * @param previous the report issued before, to say what changed since
   */
  public ReportModel collect(
      String planId, LocalDate asOf, Language language, Optional<IssuedReport> previous) {
    ReportWords words = new ReportWords(language);
    Scorecard card = plans.scorecard(planId, asOf);
    return model(
        card,
        new GoalParts(id -> plans.picture(planId, id, asOf), words).of(card),
        new SurveyParts(surveys, results, words).of(card.plan(), asOf),
        new ActivityParts(actionPlans, words).of(card.plan(), asOf),
        new DialogueParts(dialogue, words).of(planId, asOf),
        previous.map(p -> new Previous(p.asOf(), p.statuses())),
        words);
  }

  /** The report issued before: its day and its statuses. */
  record Previous(LocalDate asOf, IssuedStatuses statuses) {}

  /** The model from its parts: the summary counted from the scorecard, the changes since before. */
  static ReportModel model(
      Scorecard card,
      List<ReportModel.GoalPart> goals,
      List<ReportModel.SurveyPart> surveys,
      List<ReportModel.ActivityGroup> activities,
      ReportModel.DialoguePart dialogue,
      Optional<Previous> previous,
      ReportWords words) {
    LocalDate asOf = card.asOf();
    IssuedStatuses statuses = statuses(card);
    return new ReportModel(
        card.plan().id(),
        words.text("report.title", asOf.getYear(), words.date(asOf)),
        card.plan().title(),
        card.plan().municipality().name(),
        asOf,
        card.version().number(),
        words.language(),
        count(card.plan().allGoals().stream().map(g -> card.score().goal(g.id())).toList()),
        count(
            card.plan().allIndicators().stream()
                .map(i -> card.score().indicator(i.id()).status())
                .toList()),
        statuses,
        previous.map(Previous::asOf),
        previous.map(p -> changes(card, statuses, p.statuses(), words)).orElse(List.of()),
        goals,
        surveys,
        activities,
        dialogue);
  }

  private static Map<Status, Integer> count(List<Status> statuses) {
    Map<Status, Integer> counts = new EnumMap<>(Status.class);
    for (Status s : Status.values()) {
      counts.put(s, 0);
    }
    statuses.forEach(s -> counts.merge(s, 1, Integer::sum));
    return counts;
  }

  private static IssuedStatuses statuses(Scorecard card) {
    Map<String, String> byKey = new LinkedHashMap<>();
    for (Goal g : card.plan().allGoals()) {
      byKey.put("g:" + g.id(), card.score().goal(g.id()).name());
    }
    for (Indicator i : card.plan().allIndicators()) {
      byKey.put("i:" + i.id(), card.score().indicator(i.id()).status().name());
    }
    return new IssuedStatuses(byKey);
  }

  private static List<String> changes(
      Scorecard card, IssuedStatuses now, IssuedStatuses before, ReportWords words) {
    List<String> lines = new ArrayList<>();
    for (IssuedStatuses.Change c : now.changesSince(before)) {
      String name =
          c.goal()
              ? card.plan().allGoals().stream()
                  .filter(g -> g.id().equals(c.id()))
                  .findFirst()
                  .map(Goal::title)
                  .orElse(c.id())
              : card.plan().indicator(c.id()).map(Indicator::name).orElse(c.id());
      String after = words.text("goals.status." + c.after());
      lines.add(
          c.before() == null
              ? words.text("report.change.new", name, after)
              : words.text("report.change", name, words.text("goals.status." + c.before()), after));
    }
    return lines;
  }
}
