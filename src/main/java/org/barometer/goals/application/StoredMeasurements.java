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
import org.barometer.analysis.application.ResultsService;
import org.barometer.goals.domain.ComparisonSource;
import org.barometer.goals.domain.DerivedFigures;
import org.barometer.goals.domain.Indicator;
import org.barometer.goals.domain.IndicatorData;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.goals.domain.Measurement;
import org.barometer.goals.domain.MeasurementLookup;
import org.barometer.goals.domain.Measurements;
import org.barometer.goals.domain.Municipality;
import org.barometer.goals.domain.Phrase;
import org.barometer.goals.domain.PlanReferenceException;
import org.barometer.goals.domain.Target;
import org.barometer.platform.error.NotFoundException;
import org.barometer.shared.Period;
import org.barometer.statistics.application.SeriesEntry;
import org.barometer.statistics.application.SeriesReader;
import org.barometer.statistics.application.StatisticsCatalogue;
import org.barometer.statistics.application.TableEntry;
import org.barometer.statistics.domain.Series;
import org.barometer.survey.application.SurveyService;

/**
 * An indicator's figures from what Barometer holds: official series from the statistics store (a
 * municipality across its codes, as the series browser reads it), survey indices and questions from
 * the results of every closed cycle of the survey the plan names by its code, and derived figures
 * computed from their series. A series or survey that holds no figure yet gives no figure, never
 * zero: the scorer then says "not measured yet" or "awaiting publication". A plan that names a
 * survey, item, table, measure or region that does not exist is an error in the plan ({@link
 * PlanReferenceException}), reported on the indicator.
 */
@ApplicationScoped
public class StoredMeasurements {

  private StatisticsCatalogue catalogue;
  private SeriesReader reader;
  private SurveyService surveys;
  private ResultsService results;
  private RankBook ranks;
  private DialogueRecords dialogue;

  /**
   * The title of the table each series read was found in ("SSB 13470 (demonstration data)"): the
   * figure's source on the scorecard.
   */
  private final Map<IndicatorSource.OfficialSeries, String> titles =
      new java.util.concurrent.ConcurrentHashMap<>();

  protected StoredMeasurements() {}

  /** Without the dialogue's records: a dialogue indicator then has no figures. */
  public StoredMeasurements(
      StatisticsCatalogue catalogue,
      SeriesReader reader,
      SurveyService surveys,
      ResultsService results,
      RankBook ranks) {
    this(catalogue, reader, surveys, results, ranks, null);
  }

  @Inject
  public StoredMeasurements(
      StatisticsCatalogue catalogue,
      SeriesReader reader,
      SurveyService surveys,
      ResultsService results,
      RankBook ranks,
      DialogueRecords dialogue) {
    this.catalogue = catalogue;
    this.reader = reader;
    this.surveys = surveys;
    this.results = results;
    this.ranks = ranks;
    this.dialogue = dialogue;
  }

  /**
   * A lookup for one scoring; each series is read once however many indicators share it. Only the
   * figures that could be known on {@code asOf} are given, today included: a stored figure whose
   * calendar (or the default for its kind of source) says it is not out yet is left out, as a
   * made-up demonstration figure for a year not yet published must be.
   */
  public MeasurementLookup lookup(Municipality municipality, LocalDate asOf) {
    Map<IndicatorSource.OfficialSeries, Series> read = new HashMap<>();
    Map<String, List<SeriesEntry>> offices = new HashMap<>();
    SurveyFigures surveyFigures = new SurveyFigures(surveys, results);
    List<RankEntry> entered = ranks.of(municipality.code());
    return indicator -> {
      IndicatorData data =
          data(
              indicator,
              s -> read.computeIfAbsent(s, k -> series(k, offices)),
              surveyFigures,
              entered,
              asOf);
      return data.publishedBy(indicator, asOf);
    };
  }

  private IndicatorData data(
      Indicator indicator,
      SeriesSource series,
      SurveyFigures surveyFigures,
      List<RankEntry> entered,
      LocalDate asOf) {
    Map<String, Measurements> comparison = new LinkedHashMap<>();
    if (indicator.target() instanceof Target.Outperform outperform) {
      ComparisonSource against = outperform.against();
      if (against instanceof ComparisonSource.OtherSeries other) {
        comparison.put(other.key(), Measurements.of(series.of(other.series())));
      } else {
        regions(indicator, against.keys(), series, comparison);
      }
    }
    return new IndicatorData(
        own(indicator.source(), series, surveyFigures, entered, asOf), comparison);
  }

  private Measurements own(
      IndicatorSource source,
      SeriesSource series,
      SurveyFigures surveyFigures,
      List<RankEntry> entered,
      LocalDate asOf) {
    if (source instanceof IndicatorSource.SurveyItem item) {
      return surveyFigures.of(item);
    }
    if (source instanceof IndicatorSource.OfficialSeries s) {
      return Measurements.of(series.of(s)).withSource(titles.get(s));
    }
    if (source instanceof IndicatorSource.DerivedFigure d) {
      Measurements computed = DerivedFigures.compute(d, series::of);
      return computed.withSource(
          String.join(
              "; ",
              d.inputs().stream().map(titles::get).filter(t -> t != null).distinct().toList()));
    }
    if (source instanceof IndicatorSource.DialogueCount d) {
      return dialogue(d, asOf);
    }
    return ranks((IndicatorSource.PublishedRanking) source, entered);
  }

  /**
   * The dialogue counted by year from the first year with a meeting to the year of {@code asOf}, a
   * year without meetings counting 0 (the year of {@code asOf} itself is left out by the calendar
   * until it is over).
   */
  private Measurements dialogue(IndicatorSource.DialogueCount d, LocalDate asOf) {
    if (dialogue == null) {
      return Measurements.of(List.<Measurement>of());
    }
    Map<Integer, Integer> counted = dialogue.yearly(d.measure(), d.forum());
    if (counted.isEmpty()) {
      return Measurements.of(List.<Measurement>of());
    }
    int first = counted.keySet().stream().min(Integer::compare).orElseThrow();
    List<Measurement> out = new ArrayList<>();
    for (int year = first; year <= asOf.getYear(); year++) {
      out.add(Measurement.of(Period.year(year), counted.getOrDefault(year, 0)));
    }
    return Measurements.of(out).withSource("Barometer (meetings)");
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
        Period.tryParse(e.period())
            .filter(p -> e.fitsField())
            .ifPresent(
                p ->
                    out.add(
                        Measurement.rank(p, e.rank(), e.source(), e.published(), e.fieldSize())));
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
   * @throws PlanReferenceException when the plan names a table, measure or region that does not
   *     exist: an error in the plan, never "not measured yet"
   */
  private Series series(IndicatorSource.OfficialSeries s, Map<String, List<SeriesEntry>> offices) {
    SeriesEntry entry = entry(s, offices);
    catalogue.table(entry.tableId()).map(TableEntry::title).ifPresent(t -> titles.put(s, t));
    try {
      return reader.figures(entry, s.region());
    } catch (IllegalArgumentException | NotFoundException e) {
      throw new PlanReferenceException(
          Phrase.of("goals.error.region", s.region(), String.valueOf(e.getMessage())));
    }
  }

  /**
   * The series a plan names: by table when it gives one, else the office's only such measure.
   *
   * @throws PlanReferenceException when there is no such table or measure, or (without a table)
   *     none or several
   */
  private SeriesEntry entry(
      IndicatorSource.OfficialSeries s, Map<String, List<SeriesEntry>> offices) {
    if (s.table().isPresent()) {
      String table = s.table().get();
      Optional<SeriesEntry> found = catalogue.find(s.office(), table, s.measure(), "");
      if (found.isPresent()) {
        return found.get();
      }
      boolean held =
          catalogue.tables().stream()
              .anyMatch(t -> t.source().equalsIgnoreCase(s.office()) && t.code().equals(table));
      throw new PlanReferenceException(
          held
              ? Phrase.of("goals.error.noMeasure", s.office(), table, s.measure())
              : Phrase.of("goals.error.noTable", s.office(), table));
    }
    List<SeriesEntry> found =
        offices.computeIfAbsent(s.office(), this::officeSeries).stream()
            .filter(e -> e.measureCode().equals(s.measure()) && e.variantKey().isEmpty())
            .toList();
    if (found.size() == 1) {
      return found.get(0);
    }
    if (found.isEmpty()) {
      throw new PlanReferenceException(Phrase.of("goals.error.noSeries", s.office(), s.measure()));
    }
    throw new PlanReferenceException(
        Phrase.of(
            "goals.error.ambiguousSeries",
            s.office(),
            s.measure(),
            found.stream().map(SeriesEntry::tableCode).distinct().toList()));
  }

  private List<SeriesEntry> officeSeries(String office) {
    return catalogue.tables().stream()
        .filter(t -> t.source().equalsIgnoreCase(office))
        .map(TableEntry::id)
        .flatMap(id -> catalogue.series(id).stream())
        .toList();
  }

  /** Reads (once) the stored series an indicator names. */
  @FunctionalInterface
  private interface SeriesSource {
    Series of(IndicatorSource.OfficialSeries series);
  }
}
