package org.barometer.analysis.domain;

import java.util.Map;
import java.util.OptionalDouble;
import org.barometer.survey.domain.template.IndexDefinition;
import org.barometer.survey.domain.template.Scale;

/**
 * One respondent's 0–100 index value, the respondent-level figure whose frequency table the
 * database later aggregates.
 *
 * <pre>
 *   item score  = (x − 1)/(k − 1) × 100            (1 → 0, k → 100 on a 1..k scale)
 *   index       = Σ_answered w_i·score_i / Σ_answered w_i
 *   defined iff   Σ_answered w_i / Σ_all w_i ≥ minAnsweredShare
 * </pre>
 *
 * Don't know counts as not answered, so it lowers the answered share but never the index. The share
 * comparison allows a relative rounding slack of 1e-12, so that weights 0.1 and 0.7 of 0.1, 0.7,
 * 0.2 meet a threshold of 0.8 although (0.1 + 0.7)/1.0 is 0.7999999999999999 in doubles.
 */
public final class IndexScore {

  private static final double SLACK = 1e-12;

  private IndexScore() {}

  /**
   * @param scales each index question's scale, by question code
   * @param answers question code → the answered point 1..k; don't know and unanswered questions are
   *     absent; answers to questions outside the index are ignored
   * @return the index, or empty when too little of the weight was answered
   */
  public static OptionalDouble of(
      IndexDefinition index, Map<String, Scale> scales, Map<String, Integer> answers) {
    double totalWeight = 0;
    double answeredWeight = 0;
    double weightedScores = 0;
    for (Map.Entry<String, Double> item : index.weights().entrySet()) {
      String question = item.getKey();
      double weight = item.getValue();
      Scale scale = scales.get(question);
      if (scale == null) {
        throw new IllegalArgumentException(index.code() + ": no scale for " + question);
      }
      totalWeight += weight;
      Integer answer = answers.get(question);
      if (answer != null) {
        answeredWeight += weight;
        weightedScores += weight * rescale(answer, scale.points());
      }
    }
    if (answeredWeight == 0
        || answeredWeight / totalWeight < index.minAnsweredShare() * (1 - SLACK)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(weightedScores / answeredWeight);
  }

  /** (x − 1)/(k − 1) × 100 for an answer x on a 1..k scale. */
  public static double rescale(int x, int k) {
    if (k < 2 || x < 1 || x > k) {
      throw new IllegalArgumentException(x + " is not a point of a 1.." + k + " scale");
    }
    return (x - 1) * 100.0 / (k - 1);
  }
}
