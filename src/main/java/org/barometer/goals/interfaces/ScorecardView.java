package org.barometer.goals.interfaces;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.barometer.goals.application.DialogueRecords;
import org.barometer.goals.application.Scorecard;
import org.barometer.goals.domain.Assessment;
import org.barometer.goals.domain.Evidence;
import org.barometer.goals.domain.Goal;
import org.barometer.goals.domain.Indicator;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.goals.domain.Measurement;
import org.barometer.goals.domain.Phrase;
import org.barometer.goals.domain.Quantity;
import org.barometer.goals.domain.Status;
import org.barometer.goals.domain.Target;

/**
 * A scorecard as the API sends it: the plan's goals as a tree, each indicator with its status, its
 * latest figure (with the interval and n of a survey figure), the target and the sentence that says
 * why.
 *
 * @param version the version of the plan scored: the one in force on {@code asOf}
 * @param followUps the follow-up points from the dialogue with businesses that serve a goal of the
 *     plan and are open now (whatever day the scorecard is as of), each naming its goal
 */
public record ScorecardView(
    String planId,
    String title,
    String municipality,
    String period,
    LocalDate asOf,
    List<GoalView> goals,
    List<PlanError> errors,
    VersionRef version,
    List<DialogueRecords.GoalFollowUp> followUps) {

  /** An indicator whose source names what does not exist: an error in the plan file. */
  public record PlanError(String indicator, String name, String message) {}

  /** A goal with its status, indicators and sub-goals. */
  public record GoalView(
      String id,
      String title,
      String status,
      List<IndicatorView> indicators,
      List<GoalView> goals) {}

  /**
   * One indicator's row.
   *
   * @param direction HIGHER_IS_BETTER or LOWER_IS_BETTER
   * @param kind SURVEY, STATISTICS, DERIVED or RANKING: where the figure comes from
   * @param source the source in words
   * @param period the period of the figure scored, or null
   * @param value the figure, or null
   * @param lower the lower end of a survey figure's 95 % interval, or null
   * @param upper its upper end, or null
   * @param n the answers behind a survey figure, or null
   * @param rule the target rule (Threshold, GrowthPerYear, …)
   * @param target the rule's figures
   * @param targetText the target in words
   * @param why the sentence that says why
   * @param whyKey the key of that sentence
   * @param expected when an awaited figure is due to be published, or null
   * @param reference where the figure was published (a ranking's report, the survey), or null
   * @param published when it was published, where that is known (entered ranks), or null
   * @param missing periods whose figure was due by the calendar and is not there (up to the due
   *     year), each with the day it was due
   * @param overdue those of them after the latest figure
   * @param later figures for periods after the due year: shown, not the verdict
   * @param decimals the decimals the figure needs to be told apart from those its verdict compares
   *     it with (the figure before, the required value, the comparison): one unless more are needed
   * @param demonstration whether the figure is demonstration data, not the publisher's
   * @param fieldSize for a rank, how many were ranked (the group's size), or null
   */
  public record IndicatorView(
      String id,
      String name,
      String kind,
      String source,
      String unit,
      String direction,
      String status,
      String period,
      Double value,
      Double lower,
      Double upper,
      Integer n,
      Double baseline,
      String rule,
      Target target,
      String targetText,
      String why,
      String whyKey,
      LocalDate expected,
      String reference,
      LocalDate published,
      List<Due> missing,
      List<Due> overdue,
      List<Figure> later,
      int decimals,
      boolean demonstration,
      Integer fieldSize) {}

  /** A period whose figure was due on a day. */
  public record Due(String period, LocalDate due) {}

  /** A figure of a period. */
  public record Figure(String period, double value) {}

  /** The scorecard with its words in a language: nb, sv, or English for anything else. */
  public static ScorecardView of(Scorecard card, Locale locale) {
    return of(card, List.of(), locale);
  }

  /** The scorecard with the plan's open follow-up points. */
  public static ScorecardView of(
      Scorecard card, List<DialogueRecords.GoalFollowUp> followUps, Locale locale) {
    return new ScorecardView(
        card.plan().id(),
        card.plan().title(),
        card.plan().municipality().name(),
        card.plan().period().text(),
        card.asOf(),
        card.plan().goals().stream().map(g -> goal(g, card, locale)).toList(),
        card.plan().allIndicators().stream()
            .filter(i -> card.score().indicator(i.id()).status() == Status.PLAN_ERROR)
            .map(
                i ->
                    new PlanError(
                        i.id(), i.name(), card.score().indicator(i.id()).explanation().in(locale)))
            .toList(),
        VersionRef.of(card.version()),
        List.copyOf(followUps));
  }

  private static GoalView goal(Goal goal, Scorecard card, Locale locale) {
    return new GoalView(
        goal.id(),
        goal.title(),
        card.score().goal(goal.id()).name(),
        goal.indicators().stream().map(i -> indicator(i, card, locale)).toList(),
        goal.subGoals().stream().map(g -> goal(g, card, locale)).toList());
  }

  private static IndicatorView indicator(Indicator indicator, Scorecard card, Locale locale) {
    Assessment a = card.score().indicator(indicator.id());
    Evidence e = a.evidence();
    Measurement latest = e.latest().orElse(null);
    return new IndicatorView(
        indicator.id(),
        indicator.name(),
        kind(indicator.source()),
        indicator.source().describe().in(locale),
        Phrase.unit(indicator.unit(), locale),
        indicator.direction().name(),
        a.status().name(),
        a.period().map(p -> p.code()).orElse(null),
        latest == null ? null : latest.value(),
        latest == null ? null : latest.interval().map(ci -> ci.lower()).orElse(null),
        latest == null ? null : latest.interval().map(ci -> ci.upper()).orElse(null),
        latest == null || latest.n().isEmpty() ? null : latest.n().getAsInt(),
        e.baselineValue().isPresent() ? e.baselineValue().getAsDouble() : null,
        indicator.target().getClass().getSimpleName(),
        indicator.target(),
        indicator.targetWords().in(locale),
        a.explanation().in(locale),
        a.explanation().key(),
        e.awaited().map(w -> w.expected()).orElse(null),
        latest == null ? null : latest.source().orElse(null),
        latest == null ? null : latest.published().orElse(null),
        e.missing().stream().map(m -> new Due(m.period().code(), m.expected())).toList(),
        e.overdue().stream().map(m -> new Due(m.period().code(), m.expected())).toList(),
        e.later().stream().map(m -> new Figure(m.period().code(), m.value())).toList(),
        decimals(e),
        latest != null && latest.demonstration(),
        latest == null || latest.fieldSize().isEmpty() ? null : latest.fieldSize().getAsInt());
  }

  private static int decimals(Evidence e) {
    if (e.latest().isEmpty()) {
      return Quantity.DEFAULT_DECIMALS;
    }
    List<Double> values = new java.util.ArrayList<>();
    values.add(e.latest().get().value());
    e.previous().ifPresent(m -> values.add(m.value()));
    e.required().ifPresent(values::add);
    e.comparisonValue().ifPresent(values::add);
    return Quantity.decimalsToTell(values.stream().mapToDouble(Double::doubleValue).toArray());
  }

  /** Where an indicator's figure comes from, as the scorecard groups it. */
  public static String kind(IndicatorSource source) {
    if (source instanceof IndicatorSource.SurveyItem) {
      return "SURVEY";
    }
    if (source instanceof IndicatorSource.OfficialSeries) {
      return "STATISTICS";
    }
    if (source instanceof IndicatorSource.DerivedFigure) {
      return "DERIVED";
    }
    if (source instanceof IndicatorSource.DialogueCount) {
      return "DIALOGUE";
    }
    return "RANKING";
  }
}
