package org.barometer.analysis.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.barometer.analysis.domain.Background;
import org.barometer.analysis.domain.BackgroundQuestions;
import org.barometer.analysis.domain.CellCount;
import org.barometer.analysis.domain.PairedSums;
import org.barometer.analysis.domain.Quadrant;
import org.barometer.analysis.domain.Visibility;
import org.barometer.survey.application.template.TemplateParser;
import org.barometer.survey.domain.CycleStatus;
import org.barometer.survey.domain.StratumPopulation;
import org.barometer.survey.domain.template.QuestionnaireTemplate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * From counts to results on the shipped business-climate template, with every expected figure
 * worked out by hand from the counts written in each test. The statistics themselves are tested in
 * {@code analysis.domain}; this checks that the right answers reach them and that small groups are
 * suppressed before anything leaves.
 */
class ResultsCalculatorTest {

  private static QuestionnaireTemplate template;

  @BeforeAll
  static void template() throws Exception {
    template =
        new TemplateParser()
            .parse(
                "business-climate.yaml",
                Files.readString(Path.of("surveys", "business-climate.yaml")));
  }

  private static CellCount answer(String item, String industry, double value, long count) {
    return new CellCount(item, new Background(industry, "0-4", null), value, null, false, count);
  }

  private static CellCount choice(String item, String industry, String option, long count) {
    return new CellCount(item, new Background(industry, "0-4", null), null, option, false, count);
  }

  private static CycleCounts counts(
      List<CellCount> questions,
      List<CellCount> indices,
      List<StratumPopulation> strata,
      long responses,
      Map<String, Map<String, PairedSums>> pairs) {
    return new CycleCounts(
        1,
        "climate",
        "Business climate",
        "2025",
        CycleStatus.CLOSED,
        template,
        BackgroundQuestions.of(template),
        7,
        null,
        strata,
        40,
        20,
        responses,
        questions,
        indices,
        pairs);
  }

  /**
   * sat_business_land: industry C answers 6,6,6,5,5,4,4 (n 7, mean 36/7); F answers 3 eight times
   * (n 8, mean 3); G answers 1,1,2 (n 3). The industry question: C 7, F 8, G 3.
   */
  private static List<CellCount> landAnswers() {
    List<CellCount> cells = new ArrayList<>();
    cells.add(answer("sat_business_land", "C", 6, 3));
    cells.add(answer("sat_business_land", "C", 5, 2));
    cells.add(answer("sat_business_land", "C", 4, 2));
    cells.add(answer("sat_business_land", "F", 3, 8));
    cells.add(answer("sat_business_land", "G", 1, 2));
    cells.add(answer("sat_business_land", "G", 2, 1));
    cells.add(choice("industry", "C", "C", 7));
    cells.add(choice("industry", "F", "F", 8));
    cells.add(choice("industry", "G", "G", 3));
    return cells;
  }

  @Test
  void overallFiguresComeFromEveryAnswer() {
    CycleResults results =
        new ResultsCalculator(counts(landAnswers(), List.of(), List.of(), 18, Map.of())).results();
    ItemResult land = results.item("sat_business_land").orElseThrow();
    // 6·3 + 5·2 + 4·2 + 3·8 + 1·2 + 2·1 = 64 over 18 answers
    assertEquals(18, land.overall().n());
    assertEquals(64.0 / 18, land.overall().summary().mean().getAsDouble(), 1e-12);
    // 20 of 40 invited businesses answered
    assertEquals(0.5, results.responseRate().getAsDouble(), 1e-12);
    assertFalse(results.stratified());
  }

  @Test
  void aSmallGroupIsSuppressedAndTheSmallestOtherToProtectIt() {
    CycleResults results =
        new ResultsCalculator(counts(landAnswers(), List.of(), List.of(), 18, Map.of())).results();
    Breakdown byIndustry =
        results.item("sat_business_land").orElseThrow().breakdowns().stream()
            .filter(b -> b.question().equals("industry"))
            .findFirst()
            .orElseThrow();
    // G (3 < 7) is suppressed; C (7) is then the smallest shown group, and with G alone hidden
    // its figures would be the total minus C and F: C goes too. F (8) stays.
    assertEquals(Visibility.SUPPRESSED_SMALL, group(byIndustry, "G").visibility());
    assertEquals(Visibility.SUPPRESSED_TO_PROTECT, group(byIndustry, "C").visibility());
    GroupFigures f = group(byIndustry, "F");
    assertTrue(f.shown());
    assertEquals(8, f.n());
    assertEquals(3.0, f.summary().mean().getAsDouble(), 1e-12);
    for (GroupFigures hidden : List.of(group(byIndustry, "G"), group(byIndustry, "C"))) {
      assertNull(hidden.n(), "a suppressed group does not even tell its size");
      assertNull(hidden.summary());
    }
  }

  @Test
  void aBackgroundQuestionHidesItsSmallOptions() {
    CycleResults results =
        new ResultsCalculator(counts(landAnswers(), List.of(), List.of(), 18, Map.of())).results();
    ItemResult industry = results.item("industry").orElseThrow();
    assertTrue(industry.background());
    assertTrue(industry.breakdowns().isEmpty());
    // C 7, F 8, G 3: G is small, and C protects it; only F's share (8 of 18) is shown.
    assertEquals(List.of(new OptionShare("F", 8, 8.0 / 18)), industry.overall().options());
  }

  @Test
  void anOpenCyclesLiveResultsShowTheOverallFiguresOnly() {
    List<StratumPopulation> strata =
        List.of(new StratumPopulation("C", "0-4", 20), new StratumPopulation("F", "0-4", 30));
    CycleCounts closed = counts(landAnswers(), List.of(), strata, 18, Map.of());
    CycleCounts open =
        new CycleCounts(
                closed.cycleId(),
                closed.surveyCode(),
                closed.surveyName(),
                closed.cycleLabel(),
                CycleStatus.OPEN,
                closed.template(),
                closed.background(),
                closed.minGroupSize(),
                closed.populationSize(),
                closed.strata(),
                closed.invitations(),
                closed.answeredInvitations(),
                closed.responses(),
                closed.questionCells(),
                closed.indexCells(),
                closed.pairs())
            .refreshedAt(25);
    CycleResults results = new ResultsCalculator(open).results();
    ItemResult land = results.item("sat_business_land").orElseThrow();
    // the same 64 over 18 answers as closed, but no group or stratum: a group may have gained a
    // single answer since the last snapshot
    assertEquals(64.0 / 18, land.overall().summary().mean().getAsDouble(), 1e-12);
    assertTrue(land.breakdowns().isEmpty());
    assertTrue(land.stratified().isEmpty());
    assertFalse(results.stratified());
    assertTrue(results.live());
    assertEquals(25L, results.liveRefreshAt());
    CycleResults whenClosed = new ResultsCalculator(closed).results();
    assertFalse(whenClosed.item("sat_business_land").orElseThrow().breakdowns().isEmpty());
    assertTrue(whenClosed.item("sat_business_land").orElseThrow().stratified().isPresent());
    assertNull(whenClosed.liveRefreshAt());
  }

  @Test
  void anItemWithFewerAnswersThanTheMinimumIsNotShownAtAll() {
    List<CellCount> cells = List.of(answer("sat_cooperation", "C", 4, 6));
    CycleResults results =
        new ResultsCalculator(counts(cells, List.of(), List.of(), 6, Map.of())).results();
    GroupFigures overall = results.item("sat_cooperation").orElseThrow().overall();
    assertEquals(Visibility.SUPPRESSED_SMALL, overall.visibility());
    assertNull(overall.summary());
  }

  @Test
  void theStratifiedMeanWeightsEachStratumByTheRegister() {
    // Strata C/0-4 (N 20) and F/0-4 (N 30); G is not in the register and stays out.
    // ȳ_st = (20 · 36/7 + 30 · 3) / 50 = (720/7 + 90) / 50 = 1350/350 = 27/7
    List<StratumPopulation> strata =
        List.of(new StratumPopulation("C", "0-4", 20), new StratumPopulation("F", "0-4", 30));
    CycleResults results =
        new ResultsCalculator(counts(landAnswers(), List.of(), strata, 18, Map.of())).results();
    var stratified = results.item("sat_business_land").orElseThrow().stratified().orElseThrow();
    assertEquals(27.0 / 7, stratified.mean().getAsDouble(), 1e-12);
    assertEquals(15, stratified.sampleSize());
    assertTrue(results.stratified());
  }

  @Test
  void indicesAreSummarisedFromTheirPerRespondentValues() {
    // satisfaction index values: 80 five times, 60 three times, 100 twice:
    // (400 + 180 + 200) / 10 = 78
    List<CellCount> indices =
        List.of(
            answer("satisfaction", "C", 80, 5),
            answer("satisfaction", "F", 60, 3),
            answer("satisfaction", "F", 100, 2));
    CycleResults results =
        new ResultsCalculator(counts(List.of(), indices, List.of(), 10, Map.of())).results();
    ItemResult satisfaction = results.item("satisfaction").orElseThrow();
    assertEquals(ItemKind.INDEX, satisfaction.kind());
    assertEquals(78.0, satisfaction.overall().summary().mean().getAsDouble(), 1e-12);
    assertEquals(10, satisfaction.overall().n());
  }

  @Test
  void thePriorityMatrixPlacesEachDriverOfAnIndex() throws Exception {
    QuestionnaireTemplate insikt =
        new TemplateParser()
            .parse(
                "service-satisfaction.yaml",
                Files.readString(Path.of("surveys", "service-satisfaction.yaml")));
    // nki 70 (n 10); information 60 and efficiency 80 (n 10 each). Paired sums with nki:
    // information r = +1 (y = x + 10 on two points), efficiency r = −1 (y = 150 − x).
    List<CellCount> indices =
        List.of(
            answer("nki", "C", 70, 10),
            answer("information", "C", 60, 10),
            answer("efficiency", "C", 80, 10));
    Map<String, Map<String, PairedSums>> pairs =
        Map.of(
            "nki",
            Map.of(
                "information", PairedSums.of(new double[] {50, 70}, new double[] {60, 80}),
                "efficiency", PairedSums.of(new double[] {70, 90}, new double[] {80, 60})));
    CycleCounts counts =
        new CycleCounts(
            2,
            "nki",
            "NKI",
            "2025",
            CycleStatus.CLOSED,
            insikt,
            BackgroundQuestions.of(insikt),
            7,
            null,
            List.of(),
            0,
            0,
            10,
            List.of(),
            indices,
            pairs);
    PriorityResult priority = new ResultsCalculator(counts).results().priorities().get(0);
    assertEquals("nki", priority.driven());
    // split at the mean score (70) and the mean impact (0): information scores low with high
    // impact (prioritise); efficiency scores high (≥ split) with low impact (lower priority)
    var placements = priority.matrix().factors();
    assertEquals(2, placements.size(), "the other four factors have no answers and are left out");
    var information = placements.stream().filter(f -> f.code().equals("information")).findFirst();
    var efficiency = placements.stream().filter(f -> f.code().equals("efficiency")).findFirst();
    assertEquals(Quadrant.PRIORITISE, information.orElseThrow().quadrant().orElseThrow());
    assertEquals(Quadrant.LOWER_PRIORITY, efficiency.orElseThrow().quadrant().orElseThrow());
    assertEquals(1.0, information.orElseThrow().impact().getAsDouble(), 1e-12);
  }

  private static GroupFigures group(Breakdown breakdown, String group) {
    return breakdown.groups().stream()
        .filter(g -> g.group().equals(group))
        .findFirst()
        .orElseThrow();
  }
}
