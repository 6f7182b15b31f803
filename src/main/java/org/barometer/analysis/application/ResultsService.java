package org.barometer.analysis.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barometer.analysis.domain.Comparison;
import org.barometer.analysis.domain.Holm;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.domain.CycleStatus;
import org.barometer.survey.domain.Survey;
import org.barometer.survey.domain.SurveyCycle;
import org.barometer.survey.domain.template.BackgroundKind;

/**
 * Planners' questions to the survey results: what did this cycle find, what changed since the last
 * one, and how has an index moved over all cycles. Everything is computed from the cycles' counts
 * ({@link CycleCountsLoader}), with small groups already suppressed.
 */
@ApplicationScoped
public class ResultsService {

  /** The year a cycle's label starts with: "2024", "2025K1". */
  private static final Pattern LEADING_YEAR = Pattern.compile("^(\\d{4})(?!\\d)");

  /** Closed cycles' results: they never change, and a trend reads every cycle's. */
  private final Map<Long, CycleResults> closed = new ConcurrentHashMap<>();

  @Inject CycleCountsLoader loader;
  @Inject SurveyService surveys;

  public CycleResults results(long cycleId) {
    CycleResults cached = closed.get(cycleId);
    if (cached != null) {
      return cached;
    }
    CycleResults results = new ResultsCalculator(loader.counts(cycleId)).results();
    if (results.status() == CycleStatus.CLOSED) {
      closed.putIfAbsent(cycleId, results);
    }
    return results;
  }

  /** The later cycle against the earlier, item by item; both must belong to the same survey. */
  public CycleComparison compare(long beforeId, long afterId) {
    CycleCounts beforeCounts = loader.counts(beforeId);
    CycleCounts afterCounts = loader.counts(afterId);
    if (!beforeCounts.surveyCode().equals(afterCounts.surveyCode())) {
      throw new InvalidInputException(
          "after", "Cycles " + beforeId + " and " + afterId + " belong to different surveys");
    }
    CycleResults before = results(beforeId);
    CycleResults after = results(afterId);
    List<ItemComparison> items = new ArrayList<>();
    for (ItemResult now : after.items()) {
      Optional<ItemResult> then = before.item(now.code());
      if (now.kind().numeric()
          && then.isPresent()
          && then.get().kind() == now.kind()
          && now.overall().shown()
          && then.get().overall().shown()) {
        items.add(compare(then.get(), now, beforeCounts, afterCounts));
      }
    }
    return new CycleComparison(
        after.surveyCode(),
        after.surveyName(),
        beforeId,
        before.cycle(),
        afterId,
        after.cycle(),
        withHolm(items));
  }

  /**
   * Every item of a comparison is a test of its own: the p-value of each item's verdict (the
   * stratified test where it has one, else the simple one) adjusted by Holm's method over all the
   * items that have a test.
   */
  private static List<ItemComparison> withHolm(List<ItemComparison> items) {
    List<OptionalDouble> raw = items.stream().map(i -> i.test().pValue()).toList();
    List<OptionalDouble> adjusted = Holm.adjust(raw);
    List<ItemComparison> result = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      ItemComparison c = items.get(i);
      result.add(
          new ItemComparison(
              c.code(),
              c.kind(),
              c.text(),
              c.before(),
              c.after(),
              c.simple(),
              c.stratifiedBefore(),
              c.stratifiedAfter(),
              c.stratified(),
              adjusted.get(i)));
    }
    return result;
  }

  private static ItemComparison compare(
      ItemResult before, ItemResult after, CycleCounts beforeCounts, CycleCounts afterCounts) {
    boolean index = after.kind() == ItemKind.INDEX;
    // the variances of the cycles' own intervals: corrected where a cycle knows its population
    Comparison simple =
        Comparison.welch(
            ResultsCalculator.answers(beforeCounts.cells(before.code(), index)),
            population(beforeCounts),
            ResultsCalculator.answers(afterCounts.cells(after.code(), index)),
            population(afterCounts));
    Optional<Comparison> stratified =
        before.stratified().isPresent() && after.stratified().isPresent()
            ? Optional.of(
                Comparison.stratified(before.stratified().get(), after.stratified().get()))
            : Optional.empty();
    return new ItemComparison(
        after.code(),
        after.kind(),
        after.text(),
        before.overall(),
        after.overall(),
        simple,
        before.stratified(),
        after.stratified(),
        stratified,
        OptionalDouble.empty());
  }

  private static OptionalLong population(CycleCounts counts) {
    return counts.populationSize() == null
        ? OptionalLong.empty()
        : OptionalLong.of(counts.populationSize());
  }

  /** An item over every cycle of the survey that has it, in the survey's cycle order. */
  public ItemTrend trend(String surveyCode, String itemCode) {
    return trend(
        surveyCode, surveys.cycles(surveyCode), itemCode, () -> surveys.survey(surveyCode).name());
  }

  /**
   * As {@link #trend(String, String)}, over the survey's cycles the caller has already read (a
   * plan's scorecard follows a dozen items of the same survey).
   */
  public ItemTrend trend(Survey survey, List<SurveyCycle> cycles, String itemCode) {
    return trend(survey.code(), cycles, itemCode, survey::name);
  }

  private ItemTrend trend(
      String surveyCode, List<SurveyCycle> cycles, String itemCode, Supplier<String> surveyName) {
    TrendSeries series = new TrendSeries();
    ItemResult last = null;
    for (SurveyCycle cycle : cycles) {
      Optional<ItemResult> item = results(cycle.id()).item(itemCode);
      if (item.isPresent()) {
        last = item.get();
        series.add(
            new TrendSeries.Cycle(
                cycle.id(),
                cycle.label(),
                cycle.status(),
                year(cycle.label(), cycle.opensOn()),
                item.get().kind().numeric(),
                item.get().overall(),
                item.get().stratified()));
      }
    }
    if (last == null) {
      throw notFound(surveyCode, itemCode);
    }
    return new ItemTrend(
        surveyCode,
        surveyName.get(),
        itemCode,
        last.kind(),
        last.text(),
        series.points(),
        series.slope());
  }

  /**
   * An item's trend group by group of one background question: each cycle's breakdown as that cycle
   * shows it (small groups and those protecting them hidden), so a group under the minimum in any
   * cycle is hidden in that cycle. Cycles without such a breakdown (open ones) are left out.
   */
  public GroupTrends trend(String surveyCode, String itemCode, BackgroundKind by) {
    List<SurveyCycle> cycles = surveys.cycles(surveyCode);
    Map<String, TrendSeries> groups = new LinkedHashMap<>();
    ItemResult last = null;
    String question = null;
    Long labels = null;
    for (SurveyCycle cycle : cycles) {
      Optional<ItemResult> item = results(cycle.id()).item(itemCode);
      if (item.isEmpty()) {
        continue;
      }
      last = item.get();
      Optional<Breakdown> breakdown =
          item.get().breakdowns().stream().filter(b -> b.by() == by).findFirst();
      if (breakdown.isEmpty()) {
        continue;
      }
      question = breakdown.get().question();
      labels = cycle.id();
      for (GroupFigures group : breakdown.get().groups()) {
        groups
            .computeIfAbsent(group.group(), g -> new TrendSeries())
            .add(
                new TrendSeries.Cycle(
                    cycle.id(),
                    cycle.label(),
                    cycle.status(),
                    year(cycle.label(), cycle.opensOn()),
                    item.get().kind().numeric(),
                    group,
                    Optional.empty()));
      }
    }
    if (last == null) {
      throw notFound(surveyCode, itemCode);
    }
    List<GroupTrend> trends = new ArrayList<>();
    groups.forEach(
        (group, series) -> trends.add(new GroupTrend(group, series.points(), series.slope())));
    return new GroupTrends(
        surveyCode,
        surveys.survey(surveyCode).name(),
        itemCode,
        last.kind(),
        last.text(),
        by,
        question,
        labels,
        trends);
  }

  private static NotFoundException notFound(String surveyCode, String itemCode) {
    return new NotFoundException(
        "No cycle of the survey '" + surveyCode + "' has a question or index '" + itemCode + "'");
  }

  /**
   * A cycle's place on the time axis of a trend: the year its label starts with ("2024", "2025K1"),
   * else the year it opened; empty when neither is known.
   */
  static OptionalDouble year(String label, LocalDate opensOn) {
    Matcher m = LEADING_YEAR.matcher(label.strip());
    if (m.find()) {
      return OptionalDouble.of(Integer.parseInt(m.group(1)));
    }
    return opensOn == null ? OptionalDouble.empty() : OptionalDouble.of(opensOn.getYear());
  }

  /** A question of the template a cycle was asked with, for its labels. */
  public org.barometer.survey.domain.template.Question question(long cycleId, String code) {
    return loader
        .counts(cycleId)
        .template()
        .question(code)
        .orElseThrow(() -> new NotFoundException("The cycle has no question '" + code + "'"));
  }
}
