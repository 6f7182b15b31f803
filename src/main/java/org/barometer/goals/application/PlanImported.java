package org.barometer.goals.application;

import java.util.Objects;
import org.barometer.goals.domain.Plan;

/**
 * A plan file was read and stored ({@link Plans#importFile}), fired after the store so that other
 * features can start from the plan: the action plans take its measures as their first activities.
 * Observers run in the importer's thread, outside any transaction.
 */
public record PlanImported(Plan plan) {

  public PlanImported {
    Objects.requireNonNull(plan, "plan");
  }
}
