package org.barometer.goals.application.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.barometer.goals.domain.ComparisonSource;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.goals.domain.Target;

/**
 * An indicator's source and target rule from a draft's fields, by the same rules a plan file's
 * {@code source:} and {@code target:} are read by (the domain's constructors refuse the rest).
 */
final class DraftSources {

  private final DraftFields fields;

  DraftSources(DraftFields fields) {
    this.fields = fields;
  }

  Optional<IndicatorSource> source(SourceDraft d) {
    return switch (d.getKind()) {
      case SURVEY -> survey(d);
      case SERIES -> series("source", d.getSeries()).map(s -> s);
      case DERIVED -> derived(d);
      case RANKING -> {
        Optional<String> publisher = fields.required("source.publisher", d.getPublisher());
        Optional<String> ranking = fields.required("source.ranking", d.getRanking());
        yield publisher.isEmpty() || ranking.isEmpty()
            ? Optional.empty()
            : Optional.of(
                new IndicatorSource.PublishedRanking(
                    publisher.get(),
                    ranking.get(),
                    optional(d.getCategory()),
                    optional(d.getWithin())));
      }
      case DIALOGUE ->
          fields
              .choice(
                  "source.dialogueMeasure",
                  IndicatorSource.DialogueCount.Measure.class,
                  d.getDialogueMeasure())
              .map(m -> new IndicatorSource.DialogueCount(m, optional(d.getForum())));
    };
  }

  private Optional<IndicatorSource> survey(SourceDraft d) {
    Optional<String> survey = fields.required("source.survey", d.getSurvey());
    Optional<String> item = fields.required("source.item", d.getItem());
    if (survey.isEmpty() || item.isEmpty()) {
      return Optional.empty();
    }
    int colon = item.get().indexOf(':');
    String kind =
        colon < 0 ? "" : item.get().substring(0, colon).toUpperCase(java.util.Locale.ROOT);
    Optional<IndicatorSource.SurveyItem.Item> k =
        fields.choice("source.item", IndicatorSource.SurveyItem.Item.class, kind);
    String code = item.get().substring(colon + 1);
    return k.isEmpty() || code.isBlank()
        ? Optional.empty()
        : Optional.of(new IndicatorSource.SurveyItem(survey.get(), k.get(), code));
  }

  private Optional<IndicatorSource> derived(SourceDraft d) {
    Optional<IndicatorSource.DerivedFigure.Formula> formula =
        fields.choice(
            "source.formula", IndicatorSource.DerivedFigure.Formula.class, d.getFormula());
    List<IndicatorSource.OfficialSeries> inputs = new ArrayList<>();
    for (SeriesDraft input : d.getInputs()) {
      series("source.input", input).ifPresent(inputs::add);
    }
    if (formula.isEmpty() || inputs.size() != d.getInputs().size()) {
      return Optional.empty();
    }
    return fields.guarded(
        "source.formula", () -> new IndicatorSource.DerivedFigure(formula.get(), inputs));
  }

  /** A series: office, measure and region picked, the table optional. */
  Optional<IndicatorSource.OfficialSeries> series(String field, SeriesDraft d) {
    Optional<String> office = fields.required(field + ".office", d.getOffice());
    Optional<String> measure = fields.required(field + ".measure", d.getMeasure());
    Optional<String> region = fields.required(field + ".region", d.getRegion());
    if (office.isEmpty() || measure.isEmpty() || region.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new IndicatorSource.OfficialSeries(
            office.get(), optional(d.getTable()), measure.get(), region.get()));
  }

  Optional<Target> target(TargetDraft d) {
    return switch (d.getRule()) {
      case "THRESHOLD" -> number(d, true).map(Target.Threshold::new);
      case "GROWTH_PER_YEAR" ->
          number(d, true)
              .flatMap(p -> fields.guarded("target.value", () -> new Target.GrowthPerYear(p)));
      case "IMPROVE_EVERY_PERIOD" -> Optional.of(new Target.ImproveEveryPeriod());
      case "STABLE_OR_IMPROVE" -> {
        int before = fields.count();
        OptionalDouble tolerance = fields.decimal("target.value", d.getValue(), false);
        yield fields.count() > before
            ? Optional.empty()
            : fields.guarded("target.value", () -> new Target.StableOrImprove(tolerance.orElse(0)));
      }
      case "OUTPERFORM" -> outperform(d);
      case "RANK" -> {
        int before = fields.count();
        OptionalInt top = fields.whole("target.top", d.getTop(), 1, 10_000, false);
        yield fields.count() > before
            ? Optional.empty()
            : fields.guarded("target.top", () -> new Target.Rank(top, d.isBetterThanBaseline()));
      }
      case "NOT_YET_SET" -> Optional.of(new Target.NotYetSet(d.getNote()));
      default -> {
        fields.problem("target.rule", "goals.editor.problem.choose");
        yield Optional.empty();
      }
    };
  }

  private Optional<Target> outperform(TargetDraft d) {
    Optional<Target.Outperform.Basis> basis =
        fields.choice("target.basis", Target.Outperform.Basis.class, d.getBasis());
    Optional<ComparisonSource> against = against(d);
    return basis.isEmpty() || against.isEmpty()
        ? Optional.empty()
        : Optional.of(new Target.Outperform(against.get(), basis.get()));
  }

  private Optional<ComparisonSource> against(TargetDraft d) {
    switch (d.getAgainst()) {
      case "group_mean" -> {
        Optional<String> group = fields.required("target.againstCode", d.getAgainstCode());
        Optional<String> name = fields.required("target.againstName", d.getAgainstName());
        List<String> members = Drafts.words(d.getAgainstRegions());
        return group.isEmpty() || name.isEmpty()
            ? Optional.empty()
            : fields.guarded(
                "target.againstRegions",
                () -> new ComparisonSource.GroupMean(group.get(), name.get(), members));
      }
      case "each_of" -> {
        Optional<String> name = fields.required("target.againstName", d.getAgainstName());
        List<String> regions = Drafts.words(d.getAgainstRegions());
        return name.isEmpty()
            ? Optional.empty()
            : fields.guarded(
                "target.againstRegions", () -> new ComparisonSource.EachOf(name.get(), regions));
      }
      case "other_series" -> {
        Optional<String> key = fields.required("target.againstCode", d.getAgainstCode());
        Optional<IndicatorSource.OfficialSeries> series =
            series("target.againstSeries", d.getAgainstSeries());
        return key.isEmpty() || series.isEmpty()
            ? Optional.empty()
            : fields.guarded(
                "target.againstCode",
                () -> new ComparisonSource.OtherSeries(key.get(), series.get()));
      }
      default -> {
        fields.problem("target.against", "goals.editor.problem.choose");
        return Optional.empty();
      }
    }
  }

  private Optional<Double> number(TargetDraft d, boolean required) {
    OptionalDouble v = fields.decimal("target.value", d.getValue(), required);
    return v.isPresent() ? Optional.of(v.getAsDouble()) : Optional.empty();
  }

  private static Optional<String> optional(String text) {
    return text == null || text.isBlank() ? Optional.empty() : Optional.of(text.strip());
  }
}
