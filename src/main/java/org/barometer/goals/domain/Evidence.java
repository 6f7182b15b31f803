package org.barometer.goals.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Consumer;
import org.barometer.analysis.domain.Comparison;

/**
 * The figures behind a status, for a scorecard to show beside it: the latest value (with its
 * interval for a survey figure), the baseline, what the target required in that period, the
 * comparison's figure, the tested change, the projection, and what is missing or awaited.
 *
 * @param latest the figure assessed; empty when there is none
 * @param previous the figure it was compared with (per-period rules)
 * @param baselineValue the baseline's value as used
 * @param required the value the target required in the latest period (threshold, growth path, rank)
 * @param comparisonValue the comparison's figure (group mean, other series, best competitor)
 * @param change a survey change between two cycles, with its test
 * @param projection the projection to the due year
 * @param missingComparisons comparison regions without a figure, left out
 * @param awaited the next figure expected and when
 * @param unrevisedUntil for a KOSTRA figure published unrevised (15 March), the date its revised
 *     figure replaces it (15 June); empty once revised or for other sources
 * @param missing the periods whose figure was due by the calendar (with the day it was due) and is
 *     not there, up to the due year: those after the latest figure are overdue
 * @param later figures for periods after the due year: shown, never the verdict
 */
public record Evidence(
    Optional<Measurement> latest,
    Optional<Measurement> previous,
    OptionalDouble baselineValue,
    OptionalDouble required,
    OptionalDouble comparisonValue,
    Optional<Comparison> change,
    Optional<Projection> projection,
    List<String> missingComparisons,
    Optional<PublicationCalendar.Awaited> awaited,
    Optional<LocalDate> unrevisedUntil,
    List<PublicationCalendar.Awaited> missing,
    List<Measurement> later) {

  public Evidence {
    missingComparisons = List.copyOf(missingComparisons);
    missing = List.copyOf(missing);
    later = List.copyOf(later);
  }

  /** No figures at all. */
  public static Evidence empty() {
    return new Evidence(
        Optional.empty(),
        Optional.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        OptionalDouble.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of());
  }

  /** The missing periods after the latest figure: due, and not there. */
  public List<PublicationCalendar.Awaited> overdue() {
    return missing.stream()
        .filter(a -> latest.isEmpty() || a.period().compareTo(latest.get().period()) > 0)
        .toList();
  }

  Evidence withLatest(Measurement m) {
    return with(d -> d.latest = Optional.of(m));
  }

  Evidence withPrevious(Measurement m) {
    return with(d -> d.previous = Optional.ofNullable(m));
  }

  Evidence withBaseline(double v) {
    return with(d -> d.baselineValue = OptionalDouble.of(v));
  }

  Evidence withRequired(double v) {
    return with(d -> d.required = OptionalDouble.of(v));
  }

  Evidence withComparison(double v, List<String> leftOut) {
    return with(
        d -> {
          d.comparisonValue = OptionalDouble.of(v);
          d.missingComparisons = leftOut;
        });
  }

  Evidence withChange(Comparison c) {
    return with(d -> d.change = Optional.of(c));
  }

  Evidence withProjection(Projection p) {
    return with(d -> d.projection = Optional.ofNullable(p));
  }

  Evidence withAwaited(Optional<PublicationCalendar.Awaited> a) {
    return with(d -> d.awaited = a);
  }

  Evidence withUnrevisedUntil(Optional<LocalDate> date) {
    return with(d -> d.unrevisedUntil = date);
  }

  Evidence withMissingPeriods(List<PublicationCalendar.Awaited> periods) {
    return with(d -> d.missing = periods);
  }

  Evidence withLater(List<Measurement> figures) {
    return with(d -> d.later = figures);
  }

  /** A copy with some fields changed: the scoring rules add evidence step by step. */
  private Evidence with(Consumer<Draft> change) {
    Draft draft = new Draft(this);
    change.accept(draft);
    return draft.evidence();
  }

  /** Evidence being changed, field by field; the one place that lists every field twice. */
  private static final class Draft {
    Optional<Measurement> latest;
    Optional<Measurement> previous;
    OptionalDouble baselineValue;
    OptionalDouble required;
    OptionalDouble comparisonValue;
    Optional<Comparison> change;
    Optional<Projection> projection;
    List<String> missingComparisons;
    Optional<PublicationCalendar.Awaited> awaited;
    Optional<LocalDate> unrevisedUntil;
    List<PublicationCalendar.Awaited> missing;
    List<Measurement> later;

    Draft(Evidence e) {
      latest = e.latest;
      previous = e.previous;
      baselineValue = e.baselineValue;
      required = e.required;
      comparisonValue = e.comparisonValue;
      change = e.change;
      projection = e.projection;
      missingComparisons = e.missingComparisons;
      awaited = e.awaited;
      unrevisedUntil = e.unrevisedUntil;
      missing = e.missing;
      later = e.later;
    }

    Evidence evidence() {
      return new Evidence(
          latest,
          previous,
          baselineValue,
          required,
          comparisonValue,
          change,
          projection,
          missingComparisons,
          awaited,
          unrevisedUntil,
          missing,
          later);
    }
  }
}
