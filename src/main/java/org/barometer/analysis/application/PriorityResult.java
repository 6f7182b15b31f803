package org.barometer.analysis.application;

import java.util.Map;
import org.barometer.analysis.domain.PriorityMatrix;
import org.barometer.platform.i18n.LocalizedText;

/** The priority matrix of the indices that drive one index (Insikt's factors driving NKI). */
public record PriorityResult(
    String driven, LocalizedText name, PriorityMatrix matrix, Map<String, LocalizedText> factors) {

  public PriorityResult {
    factors = Map.copyOf(factors);
  }
}
