package org.barometer.goals.application.planfile;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.platform.yaml.YamlCursor;
import org.barometer.platform.yaml.YamlMapping;

/** Reads an indicator's {@code source:} (see {@code docs/plan-files.md}). */
final class Sources {

  private Sources() {}

  static IndicatorSource source(YamlCursor<PlanFileException> at) throws PlanFileException {
    YamlMapping<PlanFileException> any = at.anyMapping();
    YamlCursor<PlanFileException> typeAt = any.require("type");
    String type = typeAt.scalar();
    return switch (type) {
      case "survey" -> {
        YamlMapping<PlanFileException> m =
            at.mapping("type", "survey", "template", "index", "question");
        if (m.has("index") == m.has("question")) {
          throw at.fail("a survey source names exactly one of 'index' or 'question'");
        }
        // "template" is the older name of the key: it too names the survey by its code
        if (m.has("survey") == m.has("template")) {
          throw at.fail("a survey source names its survey by code: 'survey: business-climate'");
        }
        boolean index = m.has("index");
        yield new IndicatorSource.SurveyItem(
            m.require(m.has("survey") ? "survey" : "template").scalar(),
            index
                ? IndicatorSource.SurveyItem.Item.INDEX
                : IndicatorSource.SurveyItem.Item.QUESTION,
            m.require(index ? "index" : "question").scalar());
      }
      case "series" -> series(at, true);
      case "derived" -> {
        YamlMapping<PlanFileException> m = at.mapping("type", "formula", "inputs");
        IndicatorSource.DerivedFigure.Formula formula =
            m.require("formula").choice(IndicatorSource.DerivedFigure.Formula.class);
        List<IndicatorSource.OfficialSeries> inputs = new ArrayList<>();
        for (YamlCursor<PlanFileException> input : m.require("inputs").list(true)) {
          inputs.add(series(input, false));
        }
        yield PlanFileReader.guarded(
            m.require("inputs"), () -> new IndicatorSource.DerivedFigure(formula, inputs));
      }
      case "ranking" -> {
        YamlMapping<PlanFileException> m =
            at.mapping("type", "publisher", "ranking", "category", "within");
        yield new IndicatorSource.PublishedRanking(
            m.require("publisher").scalar(),
            m.require("ranking").scalar(),
            optional(m, "category"),
            optional(m, "within"));
      }
      case "dialogue" -> {
        YamlMapping<PlanFileException> m = at.mapping("type", "measure", "forum");
        yield new IndicatorSource.DialogueCount(
            m.require("measure").choice(IndicatorSource.DialogueCount.Measure.class),
            optional(m, "forum"));
      }
      default ->
          throw typeAt.fail(
              "must be one of survey, series, derived, ranking, dialogue, was "
                  + YamlCursor.quote(type));
    };
  }

  /**
   * An official series.
   *
   * @param typed whether the mapping carries {@code type: series} (a source) or not (an input)
   */
  static IndicatorSource.OfficialSeries series(YamlCursor<PlanFileException> at, boolean typed)
      throws PlanFileException {
    YamlMapping<PlanFileException> m =
        typed
            ? at.mapping("type", "office", "table", "measure", "region")
            : at.mapping("office", "table", "measure", "region");
    return PlanFileReader.guarded(
        at,
        () ->
            new IndicatorSource.OfficialSeries(
                m.require("office").scalar(),
                optional(m, "table"),
                m.require("measure").scalar(),
                m.require("region").scalar()));
  }

  static Optional<String> optional(YamlMapping<PlanFileException> m, String key)
      throws PlanFileException {
    return m.has(key) ? Optional.of(m.require(key).scalar()) : Optional.empty();
  }

  static String lower(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
