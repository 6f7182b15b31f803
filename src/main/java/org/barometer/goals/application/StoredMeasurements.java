package org.barometer.goals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.barometer.analysis.application.ResultsService;
import org.barometer.analysis.application.TrendPoint;
import org.barometer.goals.domain.ComparisonSource;
import org.barometer.goals.domain.DerivedFigures;
import org.barometer.goals.domain.Indicator;
import org.barometer.goals.domain.IndicatorData;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.goals.domain.Measurement;
import org.barometer.goals.domain.MeasurementLookup;
import org.barometer.goals.domain.Measurements;
import org.barometer.goals.domain.Municipality;
import org.barometer.goals.domain.Target;
import org.barometer.platform.error.NotFoundException;
import org.barometer.statistics.application.SeriesEntry;
import org.barometer.statistics.application.SeriesReader;
import org.barometer.statistics.application.StatisticsCatalogue;
import org.barometer.statistics.application.TableEntry;
import org.barometer.statistics.domain.Period;
import org.barometer.statistics.domain.RegionCode;
import org.barometer.statistics.domain.Series;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.domain.CycleStatus;
import org.barometer.survey.domain.Survey;
import org.barometer.survey.domain.SurveyCycle;

/**
 * An indicator's figures from what Barometer holds: official series from the statistics store (a
 * municipality across its codes, as the series browser reads it), survey indices and questions from
 * the results of every cycle of the surveys built on the plan's questionnaire template, and derived
 * figures computed from their series. Nothing found is no figure, never zero: the scorer then says
 * "not measured yet" or "awaiting publication".
 */
@ApplicationScoped
public class StoredMeasurements {

  private StatisticsCatalogue catalogue;
  private SeriesReader reader;
  private SurveyService surveys;
  private ResultsService results;
  private RankBook ranks;

  protected StoredMeasurements() {}

  @Inject
  public StoredMeasurements(
      StatisticsCatalogue catalogue,
      SeriesReader reader,
      SurveyService surveys,
      ResultsService results,
      RankBook ranks) {
    this.catalogue = catalogue;
    this.reader = reader;
    this.surveys = surveys;
    this.results = results;
    this.ranks = ranks;
  }

  /**
   * A lookup for one scoring; each series is read once however many indicators share it. What is
   * stored has been published, so scoring for today takes every figure; scoring for a day in the
   * past takes only the figures the indicator's calendar says were out by then.
   */
  public MeasurementLookup lookup(Municipality municipality, LocalDate asOf) {
    Map<IndicatorSource.OfficialSeries, Series> read = new HashMap<>();
    Map<String, List<SeriesEntry>> offices = new HashMap<>();
    SurveysRead surveysRead = new SurveysRead();
    List<RankEntry> entered = ranks.of(municipality.code());
    boolean past = asOf.isBefore(LocalDate.now());
    return indicator -> {
      IndicatorData data =
          data(
              indicator,
              s -> read.computeIfAbsent(s, k -> series(k, offices)),
              surveysRead,
              entered);
      return past ? data.publishedBy(indicator.schedule(), asOf) : data;
    };
  }

  private IndicatorData data(
      Indicator indicator, SeriesSource series, SurveysRead surveysRead, List<RankEntry> entered) {
    Map<String, Measurements> comparison = new LinkedHashMap<>();
    if (indicator.target() instanceof Target.Outperform outperform) {
      ComparisonSource against = outperform.against();
      if (against instanceof ComparisonSource.OtherSeries other) {
        comparison.put(other.key(), Measurements.of(series.of(other.series())));
      } else {
        regions(indicator, against.keys(), series, comparison);
      }
    }
    return new IndicatorData(own(indicator.source(), series, surveysRead, entered), comparison);
  }

  private Measurements own(
      IndicatorSource source,
      SeriesSource series,
      SurveysRead surveysRead,
      List<RankEntry> entered) {
    if (source instanceof IndicatorSource.SurveyItem item) {
      return survey(item, surveysRead);
    }
    if (source instanceof IndicatorSource.OfficialSeries s) {
      return Measurements.of(series.of(s));
    }
    if (source instanceof IndicatorSource.DerivedFigure d) {
      return DerivedFigures.compute(d, series::of);
    }
    return ranks((IndicatorSource.PublishedRanking) source, entered);
  }

  /** The ranks staff entered for this ranking (its part and group as the plan names them). */
  private static Measurements ranks(
      IndicatorSource.PublishedRanking ranking, List<RankEntry> entered) {
    List<Measurement> out = new ArrayList<>();
    for (RankEntry e : entered) {
      if (e.publisher().equalsIgnoreCase(ranking.publisher())
          && e.ranking().equalsIgnoreCase(ranking.ranking())
          && e.category().equalsIgnoreCase(ranking.category().orElse(""))
          && e.within().equalsIgnoreCase(ranking.within().orElse(""))) {
        period(e.period())
            .ifPresent(p -> out.add(Measurement.rank(p, e.rank(), e.source(), e.published())));
      }
    }
    return Measurements.of(out);
  }

  /** The indicator's own series for each region of a comparison. */
  private static void regions(
      Indicator indicator,
      List<String> regions,
      SeriesSource series,
      Map<String, Measurements> comparison) {
    if (indicator.source() instanceof IndicatorSource.OfficialSeries own) {
      for (String region : regions) {
        IndicatorSource.OfficialSeries theirs =
            new IndicatorSource.OfficialSeries(own.office(), own.table(), own.measure(), region);
        comparison.put(region, Measurements.of(series.of(theirs)));
      }
    }
  }

  /**
   * @param offices every series of an office's tables, by office as the plan writes it: read once
   *     per scoring for the indicators that name no table
   */
  private Series series(IndicatorSource.OfficialSeries s, Map<String, List<SeriesEntry>> offices) {
    Series none =
        Series.empty(s.measure(), new RegionCode(null, RegionCode.Kind.OTHER, s.region()));
    Optional<SeriesEntry> entry = entry(s, offices);
    if (entry.isEmpty()) {
      return none;
    }
    try {
      return reader.figures(entry.get(), s.region());
    } catch (IllegalArgumentException | NotFoundException e) {
      return none;
    }
  }

  /** The series a plan names: by table when it gives one, else the office's only such measure. */
  private Optional<SeriesEntry> entry(
      IndicatorSource.OfficialSeries s, Map<String, List<SeriesEntry>> offices) {
    if (s.table().isPresent()) {
      return catalogue.find(s.office(), s.table().get(), s.measure(), "");
    }
    List<SeriesEntry> found =
        offices.computeIfAbsent(s.office(), this::officeSeries).stream()
            .filter(e -> e.measureCode().equals(s.measure()) && e.variantKey().isEmpty())
            .toList();
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }

  private List<SeriesEntry> officeSeries(String office) {
    return catalogue.tables().stream()
        .filter(t -> t.source().equalsIgnoreCase(office))
        .map(TableEntry::id)
        .flatMap(id -> catalogue.series(id).stream())
        .toList();
  }

  /**
   * Every cycle's figure, with its interval and n, from the survey the plan names: by its code, or
   * else every survey built on the questionnaire template of that name (the municipality's one
   * recurring survey). Only closed cycles count: an open one's figure still moves with every
   * answer. A cycle whose label is not a period (a year, "2025K1") cannot be placed in time and is
   * left out.
   */
  private Measurements survey(IndicatorSource.SurveyItem item, SurveysRead read) {
    List<Survey> all = read.all();
    List<Survey> named = all.stream().filter(s -> s.code().equals(item.template())).toList();
    List<Survey> used =
        named.isEmpty()
            ? all.stream().filter(s -> s.templateCode().equals(item.template())).toList()
            : named;
    Map<Period, Measurement> byPeriod = new LinkedHashMap<>();
    for (Survey survey : used) {
      Optional<List<SurveyCycle>> cycles = read.cycles(survey.code());
      if (cycles.isEmpty()) {
        continue;
      }
      List<TrendPoint> points;
      try {
        points = results.trend(survey, cycles.get(), item.item()).points();
      } catch (NotFoundException e) {
        continue;
      }
      for (TrendPoint p : points) {
        Optional<Period> period = period(p.cycle());
        if (period.isPresent() && p.estimate().isPresent() && p.status() == CycleStatus.CLOSED) {
          byPeriod.putIfAbsent(
              period.get(),
              new Measurement(
                  period.get(),
                  p.estimate().getAsDouble(),
                  null,
                  p.interval(),
                  p.n() == null ? OptionalInt.empty() : OptionalInt.of(p.n().intValue()),
                  Optional.of(survey.name()),
                  null));
        }
      }
    }
    return Measurements.of(byPeriod.values());
  }

  private static Optional<Period> period(String cycleLabel) {
    try {
      return Optional.of(Period.parse(cycleLabel.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * The surveys and their cycles as one scoring reads them: once, however many of the plan's
   * indicators follow an item of the same survey (each cycle row holds its questionnaire's text).
   */
  private final class SurveysRead {
    private List<Survey> all;
    private final Map<String, Optional<List<SurveyCycle>>> cycles = new HashMap<>();

    List<Survey> all() {
      if (all == null) {
        all = surveys.surveys();
      }
      return all;
    }

    /** The survey's cycles, or empty when there is no such survey. */
    Optional<List<SurveyCycle>> cycles(String surveyCode) {
      return cycles.computeIfAbsent(
          surveyCode,
          code -> {
            try {
              return Optional.of(surveys.cycles(code));
            } catch (NotFoundException e) {
              return Optional.empty();
            }
          });
    }
  }

  /** Reads (once) the stored series an indicator names. */
  @FunctionalInterface
  private interface SeriesSource {
    Series of(IndicatorSource.OfficialSeries series);
  }
}
