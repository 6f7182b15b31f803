package org.barometer.goals.application.planfile;

import java.nio.file.Path;
import org.barometer.goals.domain.Plan;

/** The shipped plans in {@code plans/}, read for tests. */
final class SeedPlans {

  static final Path DIR = Path.of("plans");

  private SeedPlans() {}

  static Plan read(String fileName) {
    try {
      return new PlanFileReader().read(DIR.resolve(fileName));
    } catch (PlanFileException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
