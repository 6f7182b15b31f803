package org.barometer.goals.application.planfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.barometer.goals.domain.Plan;
import org.junit.jupiter.api.Test;

/** Every shipped plan reads without error, holds the brief's goals, and survives a round trip. */
class SeedPlansReadTest {

  @Test
  void everySeedPlanReadsAndRoundTripsThroughYamlAndJson() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(SeedPlans.DIR)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertEquals(5, files.size(), files.toString());
    PlanFileWriter writer = new PlanFileWriter();
    PlanFileReader reader = new PlanFileReader();
    for (Path file : files) {
      Plan plan = SeedPlans.read(file.getFileName().toString());
      assertEquals(plan, reader.read("again.yaml", writer.yaml(plan)), file.toString());
      assertEquals(plan, reader.read("again.json", writer.json(plan)), file.toString());
    }
  }

  /**
   * The scorecard shows an indicator's figure with its unit; for a growth comparison the figure is
   * the level (employed persons, NOK per inhabitant), and "%" on it read "102,133 %". Only an
   * indicator whose figure is itself a share may say "%".
   */
  @Test
  void noSeedIndicatorComparedOnGrowthCallsItsLevelAPercentage() throws Exception {
    List<Path> files;
    try (Stream<Path> s = Files.list(SeedPlans.DIR)) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    for (Path file : files) {
      for (var i : SeedPlans.read(file.getFileName().toString()).allIndicators()) {
        if (i.target() instanceof org.barometer.goals.domain.Target.Outperform o
            && o.basis() == org.barometer.goals.domain.Target.Outperform.Basis.GROWTH) {
          assertTrue(!i.unit().equals("%"), file.getFileName() + " " + i.id() + ": " + i.unit());
        }
      }
    }
  }

  @Test
  void everySurveyIndicatorNamesItsSurveyByCode() throws Exception {
    // the demo's survey has the code business-climate; a plan names it with 'survey:'
    Plan p = SeedPlans.read("sandefjord-2023-2026.yaml");
    var survey =
        (org.barometer.goals.domain.IndicatorSource.SurveyItem)
            p.indicator("business-survey-overall").orElseThrow().source();
    assertEquals("business-climate", survey.survey());
  }

  @Test
  void sandefjordHoldsItsFourMainResultGoalsAndThreeStrategicGoals() throws IOException {
    Plan p = SeedPlans.read("sandefjord-2023-2026.yaml");
    assertEquals(4, p.goals().get(0).subGoals().size());
    assertEquals(3, p.goals().get(1).subGoals().size());
    assertEquals(13, p.allIndicators().size());
  }

  @Test
  void drammenHoldsEveryIndicatorOfItsTable() {
    // diversity, competence gap, satisfaction, overall view, emissions, innovation,
    // jobs vs competitors, new firms yearly, new firms vs competitors, employment vs ASSS
    assertEquals(10, SeedPlans.read("drammen-2030.yaml").allIndicators().size());
  }

  @Test
  void sarpsborgHoldsItsJobTargetAndFiveSubGoals() {
    Plan p = SeedPlans.read("sarpsborg-2030.yaml");
    assertEquals(5, p.goals().get(0).subGoals().size());
    assertEquals(9, p.goals().get(0).measures().size());
  }

  @Test
  void sodertaljeHoldsFiveFocusAreas() {
    Plan p = SeedPlans.read("sodertalje-2016-2022.yaml");
    assertEquals(5, p.goals().get(0).subGoals().size());
    assertTrue(p.indicator("sn-ranking").isPresent());
  }

  @Test
  void stenungsundRunsTo2035() {
    assertEquals(2035, SeedPlans.read("stenungsund-2035.yaml").period().to());
  }
}
