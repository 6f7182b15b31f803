package org.barometer.goals.domain;

import static org.barometer.goals.domain.Wording.withInterval;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.barometer.shared.Period;

/**
 * Scores one indicator in one period: applies its {@link Target} rule to its figures and says why.
 *
 * <p>The rules, each direction-aware ({@link Direction}):
 *
 * <ul>
 *   <li><b>Level rules with a due year</b>: {@link Target.Threshold} and {@link Target.Rank} are
 *       {@code ACHIEVED} whenever the latest figure meets them; {@link Target.GrowthPerYear} is
 *       {@code ON_TRACK} when the figure is on the compounded path before the due year and {@code
 *       ACHIEVED} when it is at the due year. A figure that misses is {@code OFF_TRACK} from the
 *       due year on; before it, the {@link Projection} to the due year decides: its point reaches
 *       the target → {@code ON_TRACK}, only its interval does (or there is no interval) → {@code
 *       AT_RISK}, neither → {@code OFF_TRACK}. Ranks are not projected (they depend on the others):
 *       a missed rank before the due year is {@code AT_RISK}. A survey value whose 95 % interval
 *       contains the threshold is {@code AT_RISK}: it is within the margin of error either way.
 *   <li><b>Per-period rules</b>: {@link Target.ImproveEveryPeriod}, {@link Target.StableOrImprove}
 *       and {@link Target.Outperform} judge each period on its own, {@code ACHIEVED} or {@code
 *       OFF_TRACK}. A survey figure's change is tested ({@link SurveyChange}); an improvement
 *       within the margin of error is {@code AT_RISK}, never achieved.
 *   <li><b>No verdict</b>: {@link Target.NotYetSet} → {@code NO_TARGET}. Without the figures a rule
 *       needs: {@code AWAITING_PUBLICATION} when the {@link PublicationCalendar} says no such
 *       figure is out yet, else {@code NOT_MEASURED_YET}.
 * </ul>
 */
public final class IndicatorScorer {

  /**
   * Where an open-start plan ("to 2030") without a baseline expects figures from: any figure
   * published since counts, so an indicator whose figures have long been out is not measured, never
   * awaited.
   */
  static final int EARLIEST_YEAR = 1990;

  private IndicatorScorer() {}

  /**
   * The indicator's status from its latest figure. The figures passed are those known on {@code
   * asOf}; the date decides what is awaited and what is overdue.
   *
   * <p>A target due in year Y is judged on the figures for periods that end by 31 December of Y:
   * the figure for Y, or the latest before it. Figures for later periods are shown as later ({@link
   * Evidence#later()} and a sentence after the verdict), never as the verdict.
   */
  public static Assessment score(
      Indicator indicator, PlanPeriod plan, IndicatorData data, LocalDate asOf) {
    Assessment a = judged(indicator, plan, data, asOf);
    List<PublicationCalendar.Awaited> overdue = a.evidence().overdue();
    if (overdue.isEmpty() || namesMissingPeriods(a.explanation())) {
      return a;
    }
    return new Assessment(
        a.indicatorId(),
        a.period(),
        a.status(),
        a.evidence(),
        Phrase.of("goals.overdue", a.explanation(), duePhrases(overdue)));
  }

  /** Whether the sentence already names the missing periods (perhaps inside "later figures"). */
  private static boolean namesMissingPeriods(Phrase p) {
    return p.key().equals("goals.periods.missing")
        || (!p.arguments().isEmpty()
            && p.arguments().get(0) instanceof Phrase first
            && namesMissingPeriods(first));
  }

  /** "2026 (due 30 November 2026)" for each period. */
  static List<Phrase> duePhrases(List<PublicationCalendar.Awaited> periods) {
    return periods.stream()
        .map(m -> Phrase.of("goals.period.due", m.period(), m.expected()))
        .toList();
  }

  private static Assessment judged(
      Indicator indicator, PlanPeriod plan, IndicatorData data, LocalDate asOf) {
    List<Measurement> all = data.own().all();
    if (all.isEmpty()) {
      return scoreAt(indicator, plan, data, Period.year(asOf.getYear()), asOf);
    }
    LocalDate dueEnd = LocalDate.of(indicator.dueYear(plan), 12, 31);
    List<Measurement> later =
        all.stream().filter(m -> m.period().endDate().isAfter(dueEnd)).toList();
    if (later.isEmpty()) {
      return scoreAt(indicator, plan, data, all.get(all.size() - 1).period(), asOf);
    }
    IndicatorData inTime = data.endingBy(dueEnd);
    List<Measurement> kept = inTime.own().all();
    Period upTo =
        kept.isEmpty() ? Period.year(indicator.dueYear(plan)) : kept.get(kept.size() - 1).period();
    Assessment a = scoreAt(indicator, plan, inTime, upTo, asOf);
    return new Assessment(
        a.indicatorId(),
        a.period(),
        a.status(),
        a.evidence().withLater(later),
        Phrase.of(
            "goals.later",
            a.explanation(),
            later.stream()
                .map(m -> Phrase.of("goals.later.figure", withInterval(m), m.period()))
                .toList(),
            indicator.dueYear(plan)));
  }

  /**
   * The indicator's status in {@code period}: from its latest figure up to that period.
   *
   * @param asOf today, for what is published and what is awaited
   */
  public static Assessment scoreAt(
      Indicator indicator, PlanPeriod plan, IndicatorData data, Period period, LocalDate asOf) {
    Objects.requireNonNull(indicator, "indicator");
    Measurements own = data.own();
    Optional<Measurement> latest = own.latestUpTo(period);
    Evidence evidence = Evidence.empty();
    if (latest.isPresent()) {
      evidence = evidence.withLatest(latest.get());
    }
    Period lastKnown =
        latest
            .map(Measurement::period)
            .or(() -> indicator.baseline().map(Baseline::period))
            .orElse(firstExpected(indicator, plan).previous());
    int dueYear = indicator.dueYear(plan);
    evidence =
        evidence
            .withAwaited(
                PublicationCalendar.awaited(indicator.schedule(), lastKnown, asOf)
                    .filter(a -> a.period().year() <= dueYear))
            .withMissingPeriods(missingPeriods(indicator, plan, own, asOf));
    if (latest.isPresent() && indicator.schedule() instanceof Schedule.Kostra) {
      LocalDate revised = PublicationCalendar.kostraRevised(latest.get().period());
      evidence =
          evidence.withUnrevisedUntil(
              revised.isAfter(asOf) ? Optional.of(revised) : Optional.empty());
    }
    Context c = new Context(indicator, plan, data, latest, evidence, asOf);
    Target target = indicator.target();
    if (target instanceof Target.NotYetSet t) {
      return noTarget(c, t);
    } else if (target instanceof Target.Threshold t) {
      return LevelRules.threshold(c, t);
    } else if (target instanceof Target.GrowthPerYear t) {
      return LevelRules.growth(c, t);
    } else if (target instanceof Target.Rank t) {
      return LevelRules.rank(c, t);
    } else if (target instanceof Target.ImproveEveryPeriod) {
      return PeriodRules.improve(c);
    } else if (target instanceof Target.StableOrImprove t) {
      return PeriodRules.stable(c, t);
    }
    return OutperformRule.score(c, (Target.Outperform) target);
  }

  /**
   * One assessment for each period with a figure, from the baseline on: the indicator's history.
   */
  public static List<Assessment> history(
      Indicator indicator, PlanPeriod plan, IndicatorData data, LocalDate asOf) {
    List<Assessment> out = new ArrayList<>();
    Optional<Period> from = indicator.baseline().map(Baseline::period);
    for (Measurement m : data.own().all()) {
      if (from.isEmpty() || m.period().compareTo(from.get()) > 0) {
        out.add(scoreAt(indicator, plan, data, m.period(), asOf));
      }
    }
    return out;
  }

  /**
   * The periods whose figure was due by {@code asOf} and is not there, from the first period the
   * plan expects (after the baseline, else the plan's first year, else the first figure) to the due
   * year. With a calendar every period it names is expected; an official series without one is
   * expected every period between its figures (a gap), never after its latest (its date is not
   * known); a survey or a ranking without a calendar expects nothing.
   */
  static List<PublicationCalendar.Awaited> missingPeriods(
      Indicator indicator, PlanPeriod plan, Measurements own, LocalDate asOf) {
    Schedule schedule = indicator.schedule();
    boolean unscheduled = schedule instanceof Schedule.Unscheduled;
    if (unscheduled
        && (indicator.isSurvey()
            || indicator.source() instanceof IndicatorSource.PublishedRanking)) {
      return List.of();
    }
    List<Measurement> all = own.all();
    Optional<Period> last =
        all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1).period());
    Period start;
    if (indicator.baseline().isPresent()) {
      start = indicator.baseline().get().period().next();
    } else if (plan.from().isPresent()) {
      start = Period.year(plan.from().getAsInt());
    } else if (!all.isEmpty()) {
      start = all.get(0).period();
    } else {
      return List.of();
    }
    if (last.isPresent() && last.get().kind() != start.kind()) {
      start = Period.of(last.get().kind(), start.year(), 1);
    }
    Period p = start;
    if (schedule instanceof Schedule.SurveyCycles cycles) {
      int from = start.year();
      p = cycles.years().stream().filter(y -> y >= from).findFirst().map(Period::year).orElse(null);
    }
    List<PublicationCalendar.Awaited> out = new ArrayList<>();
    int dueYear = indicator.dueYear(plan);
    for (int i = 0; p != null && p.year() <= dueYear && i < 500; i++) {
      if (unscheduled && (last.isEmpty() || p.compareTo(last.get()) > 0)) {
        break;
      }
      LocalDate due = PublicationCalendar.earliest(indicator, p);
      if (due.isAfter(asOf)) {
        break;
      }
      if (own.at(p).isEmpty()) {
        out.add(new PublicationCalendar.Awaited(p, due));
      }
      p =
          schedule instanceof Schedule.SurveyCycles
              ? PublicationCalendar.nextOf(schedule, p)
              : p.next();
    }
    return out;
  }

  /**
   * The first period a figure is expected for: after the baseline, else the plan's first year, else
   * {@link #EARLIEST_YEAR}.
   */
  static Period firstExpected(Indicator indicator, PlanPeriod plan) {
    return indicator
        .baseline()
        .map(b -> b.period().next())
        .orElseGet(() -> Period.year(plan.from().orElse(EARLIEST_YEAR)));
  }

  private static Assessment noTarget(Context c, Target.NotYetSet t) {
    Object note = t.note().isBlank() ? "" : Phrase.of("goals.noTarget.note", t.note());
    if (c.latest().isEmpty()) {
      return c.assess(Status.NO_TARGET, c.evidence(), Phrase.of("goals.noTarget.noFigure", note));
    }
    Measurement m = c.latest().get();
    return c.assess(
        Status.NO_TARGET,
        c.evidence(),
        Phrase.of("goals.noTarget", note, withInterval(m), m.period()));
  }

  /**
   * No figure the rule can use: awaited when nothing due is out yet, else not measured.
   *
   * @param what what is missing, for the sentence ("a figure after the 2021 baseline")
   */
  static Assessment missing(Context c, Phrase what) {
    Period first = firstExpected(c.indicator(), c.plan());
    Period from =
        c.latest().map(m -> m.period().next()).filter(p -> p.compareTo(first) > 0).orElse(first);
    boolean anythingDue =
        PublicationCalendar.latestDue(c.indicator().schedule(), from, c.asOf()).isPresent();
    Optional<PublicationCalendar.Awaited> awaited = c.evidence().awaited();
    if (!anythingDue && awaited.isPresent()) {
      PublicationCalendar.Awaited a = awaited.get();
      return c.assess(
          Status.AWAITING_PUBLICATION,
          c.evidence(),
          Phrase.of("goals.awaiting", a.period(), a.expected()));
    }
    return c.assess(Status.NOT_MEASURED_YET, c.evidence(), Phrase.of("goals.notMeasured", what));
  }

  /** Decides a figure that misses a level target before its due year, by the projection. */
  static Status byProjection(Optional<Projection> projection, double targetAtDue, Direction d) {
    if (projection.isEmpty()) {
      return Status.AT_RISK;
    }
    Projection p = projection.get();
    if (d.better(p.value(), targetAtDue) >= 0) {
      return Status.ON_TRACK;
    }
    if (p.interval().isEmpty()) {
      return Status.AT_RISK;
    }
    double best =
        d == Direction.HIGHER_IS_BETTER ? p.interval().get().upper() : p.interval().get().lower();
    return d.better(best, targetAtDue) >= 0 ? Status.AT_RISK : Status.OFF_TRACK;
  }

  /** The baseline value: as written in the plan, else the figure for the baseline period. */
  static OptionalDouble baselineValue(Context c) {
    Optional<Baseline> b = c.indicator().baseline();
    if (b.isEmpty()) {
      return OptionalDouble.empty();
    }
    if (b.get().value().isPresent()) {
      return b.get().value();
    }
    return c.data()
        .own()
        .at(b.get().period())
        .map(m -> OptionalDouble.of(m.value()))
        .orElse(OptionalDouble.empty());
  }

  /** What a rule needs, in one place. */
  record Context(
      Indicator indicator,
      PlanPeriod plan,
      IndicatorData data,
      Optional<Measurement> latest,
      Evidence evidence,
      LocalDate asOf) {

    int dueYear() {
      return indicator.dueYear(plan);
    }

    /**
     * Whether the latest figure is the one the target is judged on, met or missed, with no
     * projection: it is for the due year (or later), or the due year has ended and its figure is
     * not awaited any more (not there although it could be out: the latest before it decides).
     */
    boolean isFinal() {
      if (latest.isEmpty()) {
        return false;
      }
      if (latest.get().period().year() >= dueYear()) {
        return true;
      }
      Period due = Period.year(dueYear());
      return asOf.isAfter(due.endDate())
          && !PublicationCalendar.earliest(indicator, due).isAfter(asOf);
    }

    Direction direction() {
      return indicator.direction();
    }

    Assessment assess(Status status, Evidence evidence, Phrase explanation) {
      return new Assessment(
          indicator.id(), latest.map(Measurement::period), status, evidence, explanation);
    }
  }
}
