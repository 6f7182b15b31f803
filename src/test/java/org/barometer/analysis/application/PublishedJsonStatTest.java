package org.barometer.analysis.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.analysis.domain.Background;
import org.barometer.analysis.domain.BackgroundQuestions;
import org.barometer.analysis.domain.CellCount;
import org.barometer.analysis.domain.Publication;
import org.barometer.analysis.domain.Publications;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.i18n.Language;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.DimensionRole;
import org.barometer.statistics.application.importer.jsonstat.JsonStatParser;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.application.template.TemplateParser;
import org.barometer.survey.domain.FrozenTemplate;
import org.barometer.survey.domain.Survey;
import org.barometer.survey.domain.SurveyCycle;
import org.barometer.survey.domain.template.QuestionnaireTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The published figures written as JSON-stat and read back by Barometer's own JSON-stat importer:
 * the same figures as the results service's and as computed by hand here, small figures null with
 * status ":", and nothing published for a cycle that is not.
 *
 * <p>Two closed cycles of a survey on the business-climate template, minimum 7 answers, no register
 * population (simple means, t intervals). sat_business_land in 2025: C 6,6,6,5,5,4,4; F 3 eight
 * times; G 1,1,2 (n 18, Σx 64, Σx² 268); in 2022 every answer one lower, G's 1,1,1. The index
 * overall in 2025: eight respondents at 60, ten at 40 (n 18, Σx 880, Σx² 44 800); nobody in 2022.
 * sat_building_permits in 2025: three answers, under the minimum.
 */
class PublishedJsonStatTest {

  /** R: qt(0.975, 17). */
  private static final double T_17 = 2.109815577833317;

  private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

  private static QuestionnaireTemplate template;
  private final Survey survey = new Survey("climate", "Næringsliv", "business-climate", 7, NOW);
  private final SurveyCycle y2022 = cycle("2022", 11L, true);
  private final SurveyCycle y2025 = cycle("2025", 12L, true);
  private final SurveyCycle y2026 = cycle("2026", 13L, false);
  private final List<Publication> stored = new ArrayList<>();
  private final ResultsPublication publication = new ResultsPublication();

  @BeforeEach
  void wire() throws Exception {
    template =
        new TemplateParser()
            .parse(
                "business-climate.yaml",
                Files.readString(Path.of("surveys", "business-climate.yaml")));
    Map<Long, SurveyCycle> byId = new HashMap<>();
    for (SurveyCycle c : List.of(y2022, y2025, y2026)) {
      byId.put(c.id(), c);
    }
    SurveyService surveys =
        new SurveyService() {
          @Override
          public Survey survey(String code) {
            return survey;
          }

          @Override
          public List<SurveyCycle> cycles(String code) {
            return List.of(y2022, y2025, y2026);
          }

          @Override
          public Optional<SurveyCycle> cycle(String code, String label) {
            return code.equals("climate")
                ? byId.values().stream().filter(c -> c.label().equals(label)).findFirst()
                : Optional.empty();
          }

          @Override
          public SurveyCycle cycle(long id) {
            return Optional.ofNullable(byId.get(id)).orElseThrow(() -> new NotFoundException("?"));
          }
        };
    ResultsService results = new ResultsService();
    results.surveys = surveys;
    results.loader =
        new CycleCountsLoader() {
          @Override
          CycleCounts counts(long cycleId) {
            return cycleId == 11L ? countsOf(byId.get(11L), -1) : countsOf(byId.get(cycleId), 0);
          }
        };
    publication.results = results;
    publication.surveys = surveys;
    publication.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    publication.actions =
        (code, day) ->
            List.of(
                new PlannedActions.PlannedAction(
                    "Plan", "Goal", "Faster permits", "", LocalDate.of(2026, 1, 1), null, "GREEN"));
    publication.publications =
        new Publications() {
          @Override
          public List<Publication> of(long cycleId) {
            return stored.stream().filter(p -> p.cycleId() == cycleId).toList();
          }

          @Override
          public Publication add(Publication p) {
            stored.add(p);
            return p;
          }

          @Override
          public Optional<Publication> withdraw(long cycleId, String by, Instant at) {
            Optional<Publication> current = current(cycleId);
            current.ifPresent(p -> p.withdraw(by, at));
            return current;
          }
        };
  }

  @Test
  void theImporterReadsBackTheSameFigures() throws Exception {
    publication.publish(12L, "analyst");
    PublishedResults published = publication.published("climate", "2025");
    Dataset d = readBack(JsonStatResults.write(published, Language.NB));

    assertEquals("barometer-climate", d.tableId());
    assertEquals(DimensionRole.TIME, d.dimension("cycle").role());
    assertEquals(DimensionRole.METRIC, d.dimension("measure").role());
    // the open 2026 cycle is not part of the public trend
    assertEquals(
        List.of("2022", "2025"),
        d.dimension("cycle").categories().stream().map(c -> c.code()).toList());

    // by hand: mean 64/18, s² = (268 − 64²/18)/17, se = s/√18, t interval with 17 df
    double mean = 64.0 / 18;
    double se = Math.sqrt((268 - 64.0 * 64 / 18) / 17 / 18);
    assertFigure(d, "sat_business_land", "2025", mean, mean - T_17 * se, mean + T_17 * se, 18);
    // 2022: every answer one lower (G answered 1, 1, 1)
    double[] x2022 = {5, 5, 5, 4, 4, 3, 3, 2, 2, 2, 2, 2, 2, 2, 2, 1, 1, 1};
    double m22 = meanOf(x2022);
    double se22 = Math.sqrt(varianceOf(x2022) / 18);
    assertFigure(d, "sat_business_land", "2022", m22, m22 - T_17 * se22, m22 + T_17 * se22, 18);

    double index = 880.0 / 18;
    double indexSe = Math.sqrt((44800 - 880.0 * 880 / 18) / 17 / 18);
    assertFigure(d, "overall", "2025", index, index - T_17 * indexSe, index + T_17 * indexSe, 18);

    // and exactly the results service's figures
    ItemTrend land =
        published.questions().stream()
            .filter(i -> i.code().equals("sat_business_land"))
            .findFirst()
            .orElseThrow();
    TrendPoint p = published.latest(land).orElseThrow();
    assertEquals(
        p.estimate().getAsDouble(), d.values()[d.index("sat_business_land", "2025", "estimate")]);
    assertEquals(
        p.interval().orElseThrow().upper(),
        d.values()[d.index("sat_business_land", "2025", "upper")]);
  }

  @Test
  void smallFiguresAreNullWithTheirStatus() throws Exception {
    publication.publish(12L, "analyst");
    Dataset d =
        readBack(JsonStatResults.write(publication.published("climate", "2025"), Language.SV));
    for (String measure : JsonStatResults.MEASURES) {
      // three answers to the permit question; nobody had an index in 2022
      int small = d.index("sat_building_permits", "2025", measure);
      assertTrue(Double.isNaN(d.values()[small]), measure);
      assertEquals(":", d.status()[small]);
      int none = d.index("overall", "2022", measure);
      assertTrue(Double.isNaN(d.values()[none]), measure);
      assertEquals(":", d.status()[none]);
    }
    assertTrue(d.notes().get(0).contains("färre än 7"), d.notes().toString());
    // the background questions are never published as questions
    assertThrows(IllegalArgumentException.class, () -> d.dimension("item").position("industry"));
  }

  @Test
  void onlyAPublishedClosedCycleIsPublic() {
    assertThrows(NotFoundException.class, () -> publication.published("climate", "2025"));
    assertThrows(ConflictException.class, () -> publication.publish(13L, "analyst"));
    publication.publish(12L, "analyst");
    assertEquals(1, publication.published("climate", "2025").actions().size());
    // publishing again changes nothing; withdrawing takes it down, and the history stays
    publication.publish(12L, "someone else");
    assertEquals(1, stored.size());
    publication.withdraw(12L, "analyst");
    assertThrows(NotFoundException.class, () -> publication.published("climate", "2025"));
    assertThrows(NotFoundException.class, () -> publication.published("climate", "2022"));
    assertThrows(NotFoundException.class, () -> publication.published("other", "2025"));
    assertThrows(NotFoundException.class, () -> publication.withdraw(12L, "analyst"));
    assertEquals(1, publication.history(12L).size());
  }

  private static Dataset readBack(String json) throws Exception {
    List<Dataset> datasets =
        new JsonStatParser()
            .parse(
                "results.jsonstat",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "nb");
    assertEquals(1, datasets.size());
    return datasets.get(0);
  }

  private static void assertFigure(
      Dataset d, String item, String cycle, double mean, double lower, double upper, long n) {
    assertEquals(mean, d.values()[d.index(item, cycle, "estimate")], 1e-9, item + " " + cycle);
    assertEquals(lower, d.values()[d.index(item, cycle, "lower")], 1e-6, item + " " + cycle);
    assertEquals(upper, d.values()[d.index(item, cycle, "upper")], 1e-6, item + " " + cycle);
    assertEquals(n, d.values()[d.index(item, cycle, "n")], 0, item + " " + cycle);
  }

  private static double meanOf(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  private static double varianceOf(double[] x) {
    double m = meanOf(x);
    double s = 0;
    for (double v : x) {
      s += (v - m) * (v - m);
    }
    return s / (x.length - 1);
  }

  private SurveyCycle cycle(String label, long id, boolean closed) {
    SurveyCycle c =
        new SurveyCycle(
            survey,
            label,
            new FrozenTemplate("business-climate", 1, "code: business-climate"),
            null,
            null,
            null,
            List.of());
    c.open(NOW);
    if (closed) {
      c.close(NOW);
    }
    try {
      Field f = SurveyCycle.class.getDeclaredField("id");
      f.setAccessible(true);
      f.set(c, id);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return c;
  }

  /** The cycle's counts; 2022 ({@code shift} −1) one point lower, with G's 1,1,1. */
  private static CycleCounts countsOf(SurveyCycle cycle, int shift) {
    List<CellCount> questions = new ArrayList<>();
    answers(questions, "sat_business_land", "C", new double[] {6, 6, 6, 5, 5, 4, 4}, shift);
    answers(questions, "sat_business_land", "F", new double[] {3, 3, 3, 3, 3, 3, 3, 3}, shift);
    answers(
        questions,
        "sat_business_land",
        "G",
        shift == 0 ? new double[] {1, 1, 2} : new double[] {2, 2, 2},
        shift);
    List<CellCount> indices = new ArrayList<>();
    if (shift == 0) {
      answers(questions, "sat_building_permits", "C", new double[] {4, 5, 6}, 0);
      indices.add(new CellCount("overall", background("C"), 60.0, null, false, 8));
      indices.add(new CellCount("overall", background("F"), 40.0, null, false, 10));
    }
    questions.add(new CellCount("industry", background("C"), null, "C", false, 7));
    questions.add(new CellCount("industry", background("F"), null, "F", false, 8));
    questions.add(new CellCount("industry", background("G"), null, "G", false, 3));
    return new CycleCounts(
        cycle.id(),
        "climate",
        "Næringsliv",
        cycle.label(),
        cycle.status(),
        template,
        BackgroundQuestions.of(template),
        7,
        null,
        List.of(),
        0,
        0,
        18,
        questions,
        indices,
        Map.of());
  }

  private static void answers(
      List<CellCount> cells, String item, String industry, double[] values, int shift) {
    for (double v : values) {
      cells.add(new CellCount(item, background(industry), v + shift, null, false, 1));
    }
  }

  private static Background background(String industry) {
    return new Background(industry, "0-4", null);
  }
}
