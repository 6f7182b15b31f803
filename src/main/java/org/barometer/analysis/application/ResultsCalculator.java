package org.barometer.analysis.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Predicate;
import org.barometer.analysis.domain.Background;
import org.barometer.analysis.domain.BreakdownGroup;
import org.barometer.analysis.domain.CellCount;
import org.barometer.analysis.domain.Frequencies;
import org.barometer.analysis.domain.GroupDisclosure;
import org.barometer.analysis.domain.PairedSums;
import org.barometer.analysis.domain.PriorityMatrix;
import org.barometer.analysis.domain.ServiceFactor;
import org.barometer.analysis.domain.StratifiedEstimate;
import org.barometer.analysis.domain.Stratum;
import org.barometer.analysis.domain.Summary;
import org.barometer.analysis.domain.SummaryOptions;
import org.barometer.analysis.domain.Suppression;
import org.barometer.analysis.domain.Visibility;
import org.barometer.platform.i18n.LocalizedText;
import org.barometer.survey.domain.CycleStatus;
import org.barometer.survey.domain.StratumPopulation;
import org.barometer.survey.domain.template.BackgroundKind;
import org.barometer.survey.domain.template.IndexDefinition;
import org.barometer.survey.domain.template.Option;
import org.barometer.survey.domain.template.Question;
import org.barometer.survey.domain.template.QuestionType;

/**
 * Turns a cycle's counts into its results. Plain Java, no database: every figure comes from the
 * counts and the statistics of {@code analysis.domain}, and every group smaller than the survey's
 * minimum is suppressed here, once, before anything reaches a page, the API or an export.
 */
final class ResultsCalculator {

  private final CycleCounts counts;
  private final Suppression suppression;

  ResultsCalculator(CycleCounts counts) {
    this.counts = counts;
    this.suppression = new Suppression(counts.minGroupSize());
  }

  CycleResults results() {
    List<ItemResult> items = new ArrayList<>();
    for (Question question : counts.template().questions()) {
      if (question.type() != QuestionType.TEXT) {
        items.add(question(question));
      }
    }
    for (IndexDefinition index : counts.template().indices()) {
      items.add(index(index));
    }
    return new CycleResults(
        counts.cycleId(),
        counts.surveyCode(),
        counts.surveyName(),
        counts.cycleLabel(),
        counts.status(),
        counts.responses(),
        counts.invitations(),
        counts.invitations() == 0
            ? OptionalDouble.empty()
            : OptionalDouble.of((double) counts.answeredInvitations() / counts.invitations()),
        counts.minGroupSize(),
        counts.populationSize(),
        !counts.strata().isEmpty() && !live(),
        items,
        priorities(items),
        counts.liveRefreshAt());
  }

  /**
   * An open cycle's results are a snapshot ({@link LiveSnapshots}) and show no breakdowns or
   * stratified estimates: between two snapshots at least k answers come in, but a group could still
   * gain a single one of them, and staff know from the register which business that was.
   */
  private boolean live() {
    return counts.status() == CycleStatus.OPEN;
  }

  ItemResult question(Question question) {
    ItemKind kind = ItemKind.valueOf(question.type().name());
    List<CellCount> cells = counts.cells(question.code(), false);
    GroupFigures overall = overall(kind, question, cells);
    List<Breakdown> breakdowns =
        question.isBackground() || live() ? List.of() : breakdowns(kind, question, cells);
    return new ItemResult(
        question.code(),
        kind,
        question.text(),
        question.isBackground(),
        overall,
        stratified(kind, cells, overall),
        breakdowns);
  }

  ItemResult index(IndexDefinition index) {
    List<CellCount> cells = counts.cells(index.code(), true);
    GroupFigures overall = overall(ItemKind.INDEX, null, cells);
    return new ItemResult(
        index.code(),
        ItemKind.INDEX,
        index.name(),
        false,
        overall,
        stratified(ItemKind.INDEX, cells, overall),
        live() ? List.of() : breakdowns(ItemKind.INDEX, null, cells));
  }

  private GroupFigures overall(ItemKind kind, Question question, List<CellCount> cells) {
    long n = kind.numeric() ? answers(cells).n() : respondents(kind, cells, counts.responses());
    if (n < counts.minGroupSize()) {
      return GroupFigures.suppressed(GroupFigures.ALL, Visibility.SUPPRESSED_SMALL);
    }
    SummaryOptions options = options(question);
    if (counts.populationSize() != null) {
      options = options.populationSize(counts.populationSize());
    }
    if (counts.invitations() > 0) {
      options = options.invitations(counts.invitations());
    }
    return figures(GroupFigures.ALL, kind, question, cells, options, counts.responses());
  }

  private List<Breakdown> breakdowns(ItemKind kind, Question item, List<CellCount> cells) {
    List<Breakdown> breakdowns = new ArrayList<>();
    for (Question by : counts.template().backgroundQuestions()) {
      BackgroundKind bkind = by.background();
      Map<String, List<CellCount>> groups = new LinkedHashMap<>();
      for (Option option : by.options()) {
        groups.put(option.code(), inGroup(cells, bkind, option.code()));
      }
      List<CellCount> notStated = inGroup(cells, bkind, null);
      if (!notStated.isEmpty()) {
        groups.put(GroupFigures.NOT_STATED, notStated);
      }
      List<BreakdownGroup> sizes = new ArrayList<>();
      groups.forEach(
          (group, groupCells) ->
              sizes.add(new BreakdownGroup(group, size(kind, groupCells, bkind, group))));
      List<GroupFigures> figures = new ArrayList<>();
      for (GroupDisclosure disclosure : suppression.apply(sizes)) {
        String group = disclosure.key();
        figures.add(
            disclosure.visibility().shown()
                ? figures(
                    group,
                    kind,
                    item,
                    groups.get(group),
                    options(item),
                    respondentsIn(bkind, group))
                : GroupFigures.suppressed(group, disclosure.visibility()));
      }
      breakdowns.add(new Breakdown(bkind, by.code(), figures));
    }
    return breakdowns;
  }

  private long size(ItemKind kind, List<CellCount> cells, BackgroundKind by, String group) {
    return kind.numeric() ? answers(cells).n() : respondents(kind, cells, respondentsIn(by, group));
  }

  private GroupFigures figures(
      String group,
      ItemKind kind,
      Question question,
      List<CellCount> cells,
      SummaryOptions options,
      long respondents) {
    if (kind.numeric()) {
      Summary summary = Summary.of(answers(cells), dontKnow(cells), options);
      return new GroupFigures(group, Visibility.SHOWN, summary.n(), summary, List.of());
    }
    long n = respondents(kind, cells, respondents);
    List<OptionShare> shares = new ArrayList<>();
    List<BreakdownGroup> optionSizes = new ArrayList<>();
    for (Option option : question.options()) {
      long chosen =
          cells.stream()
              .filter(c -> option.code().equals(c.choice()))
              .mapToLong(CellCount::count)
              .sum();
      shares.add(new OptionShare(option.code(), chosen, n == 0 ? 0 : (double) chosen / n));
      optionSizes.add(new BreakdownGroup(option.code(), chosen));
    }
    if (question.isBackground()) {
      shares = suppressSmallOptions(shares, optionSizes);
    }
    return new GroupFigures(group, Visibility.SHOWN, n, null, shares);
  }

  /** A background question's option counts are group sizes: the small ones are not shown. */
  private List<OptionShare> suppressSmallOptions(
      List<OptionShare> shares, List<BreakdownGroup> optionSizes) {
    List<GroupDisclosure> disclosures = suppression.apply(optionSizes);
    List<OptionShare> shown = new ArrayList<>();
    for (int i = 0; i < shares.size(); i++) {
      if (disclosures.get(i).visibility().shown()) {
        shown.add(shares.get(i));
      }
    }
    return shown;
  }

  private Optional<StratifiedEstimate> stratified(
      ItemKind kind, List<CellCount> cells, GroupFigures overall) {
    if (!kind.numeric() || counts.strata().isEmpty() || !overall.shown() || live()) {
      return Optional.empty();
    }
    List<Stratum> strata = new ArrayList<>();
    for (StratumPopulation stratum : counts.strata()) {
      Frequencies sample =
          answers(
              filter(
                  cells,
                  b ->
                      stratum.industry().equals(b.industry())
                          && stratum.sizeClass().equals(b.size())));
      if (sample.n() > stratum.population()) {
        return Optional.empty(); // the register is out of date: no honest weights
      }
      strata.add(
          new Stratum(
              stratum.industry() + "/" + stratum.sizeClass(), sample, stratum.population()));
    }
    return Optional.of(StratifiedEstimate.of(strata));
  }

  private List<PriorityResult> priorities(List<ItemResult> items) {
    List<PriorityResult> priorities = new ArrayList<>();
    counts
        .pairs()
        .forEach(
            (driven, drivers) -> {
              ItemResult overall = find(items, driven);
              if (!overall.overall().shown()) {
                return;
              }
              List<ServiceFactor> factors = new ArrayList<>();
              Map<String, LocalizedText> names = new LinkedHashMap<>();
              for (IndexDefinition driver : counts.template().indices()) {
                ItemResult factor = find(items, driver.code());
                if (driven.equals(driver.driverOf()) && factor.overall().shown()) {
                  PairedSums sums = drivers.getOrDefault(driver.code(), PairedSums.EMPTY);
                  double score = factor.overall().summary().mean().orElseThrow();
                  factors.add(new ServiceFactor(driver.code(), score, sums));
                  names.put(driver.code(), driver.name());
                }
              }
              if (!factors.isEmpty()) {
                priorities.add(
                    new PriorityResult(driven, overall.text(), PriorityMatrix.of(factors), names));
              }
            });
    return priorities;
  }

  private static ItemResult find(List<ItemResult> items, String code) {
    return items.stream().filter(i -> i.code().equals(code)).findFirst().orElseThrow();
  }

  private static SummaryOptions options(Question question) {
    SummaryOptions options = SummaryOptions.defaults();
    if (question != null && question.scale() != null) {
      options = options.scale(question.scale().points(), question.scale().topBoxFrom());
    }
    return options;
  }

  /** The respondents of a group: those who gave this answer to its background question. */
  private long respondentsIn(BackgroundKind by, String group) {
    if (GroupFigures.NOT_STATED.equals(group)) {
      long stated =
          counts.questionCells().stream()
              .filter(c -> c.item().equals(backgroundQuestion(by)))
              .mapToLong(CellCount::count)
              .sum();
      return counts.responses() - stated;
    }
    return counts.questionCells().stream()
        .filter(c -> c.item().equals(backgroundQuestion(by)) && group.equals(c.choice()))
        .mapToLong(CellCount::count)
        .sum();
  }

  private String backgroundQuestion(BackgroundKind by) {
    return switch (by) {
      case INDUSTRY -> counts.background().industry();
      case SIZE -> counts.background().size();
      case YEARS -> counts.background().years();
    };
  }

  /**
   * Respondents answering a choice question: a single choice counts once per respondent; a multiple
   * choice is a share of all respondents of the group, answering or not.
   */
  private static long respondents(ItemKind kind, List<CellCount> cells, long groupRespondents) {
    return kind == ItemKind.SINGLE
        ? cells.stream().filter(c -> c.choice() != null).mapToLong(CellCount::count).sum()
        : groupRespondents;
  }

  private static List<CellCount> inGroup(List<CellCount> cells, BackgroundKind by, String group) {
    return filter(cells, b -> Objects.equals(b.of(by), group));
  }

  private static List<CellCount> filter(List<CellCount> cells, Predicate<Background> in) {
    return cells.stream().filter(c -> in.test(c.background())).toList();
  }

  static Frequencies answers(List<CellCount> cells) {
    Map<Double, Long> counts = new LinkedHashMap<>();
    for (CellCount cell : cells) {
      if (cell.value() != null) {
        counts.merge(cell.value(), cell.count(), Long::sum);
      }
    }
    return Frequencies.of(counts);
  }

  private static long dontKnow(List<CellCount> cells) {
    return cells.stream().filter(CellCount::dontKnow).mapToLong(CellCount::count).sum();
  }
}
