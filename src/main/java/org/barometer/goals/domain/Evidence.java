package org.barometer.goals.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
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
    return new Evidence(
        Optional.of(m),
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

  Evidence withPrevious(Measurement m) {
    return new Evidence(
        latest,
        Optional.ofNullable(m),
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

  Evidence withBaseline(double v) {
    return new Evidence(
        latest,
        previous,
        OptionalDouble.of(v),
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

  Evidence withRequired(double v) {
    return new Evidence(
        latest,
        previous,
        baselineValue,
        OptionalDouble.of(v),
        comparisonValue,
        change,
        projection,
        missingComparisons,
        awaited,
        unrevisedUntil,
        missing,
        later);
  }

  Evidence withComparison(double v, List<String> leftOut) {
    return new Evidence(
        latest,
        previous,
        baselineValue,
        required,
        OptionalDouble.of(v),
        change,
        projection,
        leftOut,
        awaited,
        unrevisedUntil,
        missing,
        later);
  }

  Evidence withMissing(List<String> leftOut) {
    return new Evidence(
        latest,
        previous,
        baselineValue,
        required,
        comparisonValue,
        change,
        projection,
        leftOut,
        awaited,
        unrevisedUntil,
        missing,
        later);
  }

  Evidence withChange(Comparison c) {
    return new Evidence(
        latest,
        previous,
        baselineValue,
        required,
        comparisonValue,
        Optional.of(c),
        projection,
        missingComparisons,
        awaited,
        unrevisedUntil,
        missing,
        later);
  }

  Evidence withProjection(Projection p) {
    return new Evidence(
        latest,
        previous,
        baselineValue,
        required,
        comparisonValue,
        change,
        Optional.ofNullable(p),
        missingComparisons,
        awaited,
        unrevisedUntil,
        missing,
        later);
  }

  Evidence withAwaited(Optional<PublicationCalendar.Awaited> a) {
    return new Evidence(
        latest,
        previous,
        baselineValue,
        required,
        comparisonValue,
        change,
        projection,
        missingComparisons,
        a,
        unrevisedUntil,
        missing,
        later);
  }

  Evidence withUnrevisedUntil(Optional<LocalDate> date) {
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
        date,
        missing,
        later);
  }

  Evidence withMissingPeriods(List<PublicationCalendar.Awaited> periods) {
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
        periods,
        later);
  }

  Evidence withLater(List<Measurement> figures) {
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
        figures);
  }
}
