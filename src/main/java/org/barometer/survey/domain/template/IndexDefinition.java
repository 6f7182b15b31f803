package org.barometer.survey.domain.template;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.barometer.platform.i18n.LocalizedText;

/**
 * A 0–100 index over scale questions, such as Drammen's satisfaction index or Insikt's NKI. Each
 * answer is rescaled by (x − 1)/(k − 1) × 100 and the respondent's index is the weighted mean of
 * the items answered; a respondent who answered less than {@code minAnsweredShare} of the weight
 * (don't know counts as not answered) gets no index value rather than one resting on a single item.
 *
 * @param weights question code → positive weight, in the order the template lists them
 * @param driverOf the code of the overall index this one drives, or null: Insikt's six service
 *     factors drive NKI, and the priority matrix plots each driver's score against its correlation
 *     with the index it drives
 */
public record IndexDefinition(
    String code,
    LocalizedText name,
    Map<String, Double> weights,
    double minAnsweredShare,
    String driverOf) {

  public static final double DEFAULT_MIN_ANSWERED_SHARE = 0.5;

  public IndexDefinition {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    if (weights == null || weights.isEmpty()) {
      throw new IllegalArgumentException("an index needs at least one question");
    }
    weights.forEach(
        (question, weight) -> {
          if (!(weight > 0) || weight.isInfinite()) {
            throw new IllegalArgumentException("weight of " + question + " must be positive");
          }
        });
    if (!(minAnsweredShare > 0 && minAnsweredShare <= 1)) {
      throw new IllegalArgumentException("minAnsweredShare must be in (0, 1]");
    }
    if (code.equals(driverOf)) {
      throw new IllegalArgumentException(code + " cannot drive itself");
    }
    weights = Collections.unmodifiableMap(new LinkedHashMap<>(weights));
  }

  /** An index that drives no other. */
  public IndexDefinition(
      String code, LocalizedText name, Map<String, Double> weights, double minAnsweredShare) {
    this(code, name, weights, minAnsweredShare, null);
  }
}
