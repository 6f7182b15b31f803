package org.barometer.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.barometer.goals.application.Plans;
import org.barometer.goals.application.RankBook;
import org.barometer.goals.application.RankEntry;
import org.barometer.goals.application.Revision;
import org.barometer.goals.application.planfile.PlanFileException;
import org.barometer.goals.domain.ComparisonSource;
import org.barometer.goals.domain.Indicator;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.goals.domain.IndicatorSource.OfficialSeries;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.Target;
import org.barometer.shared.Country;
import org.barometer.statistics.application.ImportRequest;
import org.barometer.statistics.application.StatisticsCatalogue;
import org.barometer.statistics.application.StatisticsImport;
import org.barometer.statistics.application.importer.ImportException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The five seed plans from {@code plans/}, and for every official series they name that Barometer
 * does not hold, a made-up yearly series 2012–2025 so each goal is scored. These series are
 * <b>demonstration data</b> and their tables say so in their title: they have the plans' table
 * codes and measures but none of the offices' figures.
 */
@ApplicationScoped
class DemoPlans {

  private static final Logger LOG = Logger.getLogger(DemoPlans.class.getName());

  /** The seed plans as the analyst imported them, each in force from 1 January 2024. */
  private static final String DEMO_USER = "analyst";

  private static final LocalDate FIRST_IN_FORCE = LocalDate.of(2024, 1, 1);
  private static final int FIRST_YEAR = 2012;
  private static final int LAST_YEAR = 2025;

  /** Where series go whose plan names no table: found by their measure (see StoredMeasurements). */
  private static final String UNNAMED_TABLE = "DEMO";

  @Inject
  @ConfigProperty(name = "barometer.demo.plans.dir")
  Optional<String> folder;

  @Inject Plans plans;
  @Inject StatisticsImport imports;
  @Inject StatisticsCatalogue catalogue;
  @Inject RankBook ranks;

  /** Imports the seed plans and their demonstration series once: when no plan is stored yet. */
  void loadIfEmpty() {
    if (folder.isEmpty() || !plans.all().isEmpty()) {
      return;
    }
    List<Plan> loaded = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of(folder.get()))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
        loaded.add(
            plans
                .importFile(
                    file.getFileName().toString(),
                    Files.readString(file, StandardCharsets.UTF_8),
                    new Revision(DEMO_USER, "", FIRST_IN_FORCE))
                .plan());
      }
      reviseSarpsborg().ifPresent(loaded::add);
    } catch (IOException | PlanFileException e) {
      LOG.log(Level.WARNING, "Demo plans: not loaded", e);
      return;
    }
    storeSeries(loaded);
    enterRanks(loaded);
    LOG.info(() -> "Demo plans loaded: " + loaded.stream().map(Plan::id).distinct().toList());
  }

  /**
   * Sarpsborg rolls its programme forward every year: in the demo, the 2026 rolling (adopted in
   * February, in force from 1 March 2026) sets the private-sector target the programme had left
   * open, raises nothing else, and adds an indicator for new enterprises, so the demo shows a plan
   * with two versions and what changed between them.
   */
  private Optional<Plan> reviseSarpsborg() throws IOException, PlanFileException {
    Path file = Path.of(folder.get(), "sarpsborg-2030.yaml");
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    String text = Files.readString(file, StandardCharsets.UTF_8);
    String notSet =
        "        target: {rule: not_yet_set, note: \"programmet peker på nedgangen som"
            + " hovedutfordringen, men setter ikke noe tall\"}\n";
    String goalsBelow = "    goals:\n      - id: attractive-to-establish\n";
    if (!text.contains(notSet) || !text.contains(goalsBelow)) {
      LOG.warning("Demo plans: sarpsborg-2030.yaml has changed; its second version is left out");
      return Optional.empty();
    }
    String revised =
        text.replace(
                notSet,
                "        baseline: {period: 2022}\n"
                    + "        target: {rule: growth_per_year, percent: 1.0}   # rullering 2026\n")
            .replace(
                goalsBelow,
                "      - id: new-enterprises\n"
                    + "        name: Nyetablerte foretak i Sarpsborg\n"
                    + "        unit: enterprises\n"
                    + "        source: {type: series, office: SSB, table: \"12979\","
                    + " measure: new enterprises, region: \"3105\"}   # best guess\n"
                    + "        baseline: {period: 2022}\n"
                    + "        target: {rule: growth_per_year, percent: 2.0}\n"
                    + "        publishes: {calendar: annual, day: 06-15, lag: 1}   # best guess\n"
                    + goalsBelow);
    return Optional.of(
        plans
            .importFile(
                "sarpsborg-2030-rullert-2026.yaml",
                revised,
                new Revision(
                    DEMO_USER,
                    "Rullering 2026, vedtatt av bystyret 12. februar 2026: mål om 1 % årlig vekst"
                        + " i private arbeidsplasser fra 2022, og ny indikator for nyetableringer.",
                    LocalDate.of(2026, 3, 1)))
            .plan());
  }

  /** One made-up table per table code the plans name and Barometer does not hold. */
  private void storeSeries(List<Plan> loaded) {
    Map<String, Set<OfficialSeries>> byTable = new LinkedHashMap<>();
    Map<String, Country> countries = new LinkedHashMap<>();
    for (Plan plan : loaded) {
      for (Indicator indicator : plan.allIndicators()) {
        for (OfficialSeries s : seriesOf(indicator)) {
          String table = s.office() + " " + s.table().orElse(UNNAMED_TABLE);
          byTable.computeIfAbsent(table, k -> new LinkedHashSet<>()).add(s);
          countries.putIfAbsent(table, plan.municipality().country());
        }
      }
    }
    byTable.forEach(
        (table, series) -> {
          OfficialSeries first = series.iterator().next();
          boolean held =
              catalogue.tables().stream()
                  .anyMatch(
                      t ->
                          t.source().equalsIgnoreCase(first.office())
                              && t.code().equals(first.table().orElse(UNNAMED_TABLE)));
          if (!held) {
            store(table, first, series, countries.get(table));
          }
        });
  }

  private void store(
      String table, OfficialSeries first, Set<OfficialSeries> series, Country country) {
    StringBuilder csv = new StringBuilder("measure,region,period,value\n");
    for (OfficialSeries s : series) {
      DemoSeries.yearly(s.measure(), s.region(), FIRST_YEAR, LAST_YEAR)
          .forEach(
              (year, value) ->
                  csv.append(quote(s.measure()))
                      .append(',')
                      .append(s.region())
                      .append(',')
                      .append(year)
                      .append(',')
                      .append(value)
                      .append('\n'));
    }
    try {
      Path file = Files.createTempFile("barometer-demo-", ".csv");
      try {
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        imports.importFile(
            table + " (demonstration data).csv",
            file,
            new ImportRequest(
                first.office(),
                country,
                null,
                first.table().orElse(UNNAMED_TABLE),
                null,
                null,
                null));
      } finally {
        Files.deleteIfExists(file);
      }
    } catch (IOException | ImportException e) {
      LOG.log(Level.WARNING, "Demo plans: series for " + table + " not stored", e);
    }
  }

  /**
   * Made-up ranks 2017–2025 for every ranking a plan names, published each June, each inside the
   * field it was ranked in so that the scorecard can say "7th of 10".
   */
  private void enterRanks(List<Plan> loaded) {
    for (Plan plan : loaded) {
      for (Indicator indicator : plan.allIndicators()) {
        if (indicator.source() instanceof IndicatorSource.PublishedRanking r) {
          int field = fieldSize(r, plan.municipality().country());
          Random random = new Random((plan.id() + indicator.id()).hashCode());
          int rank = 1 + random.nextInt(Math.min(field, 22));
          for (int year = 2017; year <= LAST_YEAR; year++) {
            rank = Math.min(field, Math.max(1, rank + random.nextInt(7) - 3));
            ranks.enter(
                new RankEntry(
                    r.publisher(),
                    r.ranking(),
                    r.category().orElse(""),
                    r.within().orElse(""),
                    plan.municipality().code(),
                    String.valueOf(year),
                    rank,
                    "demonstration data, not the publisher's",
                    LocalDate.of(year, 6, 20),
                    field));
          }
        }
      }
    }
  }

  /**
   * How many a demo rank is out of: a KOSTRA group (Sandefjord's group 11 has 10 members), else
   * every municipality of the country (357 in Norway since 2024, 290 in Sweden).
   */
  private static int fieldSize(IndicatorSource.PublishedRanking ranking, Country country) {
    if (ranking.within().isPresent()) {
      return 10;
    }
    return country == Country.NO ? 357 : 290;
  }

  /** Every series an indicator's figure and its comparison are read from. */
  private static List<OfficialSeries> seriesOf(Indicator indicator) {
    List<OfficialSeries> out = new ArrayList<>();
    IndicatorSource source = indicator.source();
    if (source instanceof OfficialSeries s) {
      out.add(s);
    } else if (source instanceof IndicatorSource.DerivedFigure d) {
      out.addAll(d.inputs());
    }
    if (indicator.target() instanceof Target.Outperform o) {
      if (o.against() instanceof ComparisonSource.OtherSeries other) {
        out.add(other.series());
      } else if (source instanceof OfficialSeries own) {
        for (String region : o.against().keys()) {
          out.add(new OfficialSeries(own.office(), own.table(), own.measure(), region));
        }
      }
    }
    return out;
  }

  private static String quote(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
