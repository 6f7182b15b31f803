package org.barometer.analysis.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Holm's step-down adjustment of p-values for testing many changes at once (every item of a cycle
 * against the previous cycle): with m tests, 5 % of them are "significant" by chance alone even
 * when nothing changed. Holm's adjusted p-values control the chance of even one false "significant"
 * change at α, under any dependence between the tests, and are never less powerful than
 * Bonferroni's.
 *
 * <pre>
 *   sort p ascending: p_(1) ≤ … ≤ p_(m)
 *   p̃_(i) = min(1, max_{j ≤ i} (m − j + 1) p_(j))
 * </pre>
 *
 * This is R's {@code p.adjust(p, method = "holm")}; as there, missing p-values (items that could
 * not be tested) are left missing and do not count in m.
 */
public final class Holm {

  private Holm() {}

  /** The adjusted p-values, in the order given; empty where the p-value is empty. */
  public static List<OptionalDouble> adjust(List<OptionalDouble> pValues) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < pValues.size(); i++) {
      OptionalDouble p = pValues.get(i);
      if (p.isPresent()) {
        double value = p.getAsDouble();
        if (!(value >= 0 && value <= 1)) {
          throw new IllegalArgumentException("a p-value must be in [0, 1], was " + value);
        }
        order.add(i);
      }
    }
    order.sort(Comparator.comparingDouble(i -> pValues.get(i).getAsDouble()));
    int m = order.size();
    List<OptionalDouble> adjusted = new ArrayList<>(pValues.size());
    for (int i = 0; i < pValues.size(); i++) {
      adjusted.add(OptionalDouble.empty());
    }
    double running = 0;
    for (int rank = 0; rank < m; rank++) {
      int index = order.get(rank);
      running = Math.max(running, Math.min(1, (m - rank) * pValues.get(index).getAsDouble()));
      adjusted.set(index, OptionalDouble.of(running));
    }
    return adjusted;
  }
}
