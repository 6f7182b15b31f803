package org.barometer.goals.infrastructure.planfile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.barometer.goals.domain.Plan;

/** The shipped plans in {@code plans/}, read for tests. */
final class SeedPlans {

  static final Path DIR = Path.of("plans");

  private SeedPlans() {}

  static Plan read(String fileName) {
    try {
      String text = Files.readString(DIR.resolve(fileName), StandardCharsets.UTF_8);
      return new PlanFileReader().read(fileName, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (PlanFileException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
