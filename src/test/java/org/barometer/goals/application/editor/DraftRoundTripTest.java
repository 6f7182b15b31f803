package org.barometer.goals.application.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.barometer.goals.application.planfile.PlanFileReader;
import org.barometer.goals.application.planfile.PlanFileWriter;
import org.barometer.goals.domain.Plan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Files and browser stay interchangeable: each of the five municipalities' plan files, opened in
 * the editor and saved untouched, is the same plan, and the file written reads back to it.
 */
class DraftRoundTripTest {

  static Stream<Path> seedPlans() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("plans"))) {
      List<Path> yaml = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
      assertEquals(5, yaml.size(), "the five municipalities' plans");
      return yaml.stream();
    }
  }

  @ParameterizedTest
  @MethodSource("seedPlans")
  void aPlanOpenedAndSavedUntouchedIsTheSamePlan(Path file) throws Exception {
    Plan read = new PlanFileReader().read(file);
    Drafted drafted = DraftBuilder.build(Drafts.of(read));
    assertEquals(List.of(), drafted.problems());
    assertEquals(read, drafted.plan().orElseThrow());
    String written = new PlanFileWriter().yaml(drafted.plan().get());
    assertEquals(read, new PlanFileReader().read("again.yaml", written));
    assertTrue(
        read.allIndicators().size() > 0 && read.allGoals().size() > 0, "the file holds a plan");
  }
}
