package org.barometer.goals.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A plan's scorecard on a date: each indicator's assessment and each goal's status, in the plan's
 * order (goals depth first).
 */
public record PlanScore(
    String planId, Map<String, Assessment> byIndicator, Map<String, Status> byGoal) {

  public PlanScore {
    Objects.requireNonNull(planId, "planId");
    byIndicator = Collections.unmodifiableMap(new LinkedHashMap<>(byIndicator));
    byGoal = Collections.unmodifiableMap(new LinkedHashMap<>(byGoal));
  }

  public Assessment indicator(String id) {
    Assessment a = byIndicator.get(id);
    if (a == null) {
      throw new IllegalArgumentException("No indicator '" + id + "' in plan " + planId);
    }
    return a;
  }

  public Status goal(String id) {
    Status s = byGoal.get(id);
    if (s == null) {
      throw new IllegalArgumentException("No goal '" + id + "' in plan " + planId);
    }
    return s;
  }
}
