package org.barometer.analysis.domain;

import java.util.Map;
import java.util.Objects;
import org.barometer.survey.domain.template.IndexDefinition;
import org.barometer.survey.domain.template.QuestionnaireTemplate;

/**
 * An index as the database computes it: each question's weight and its scale's number of points,
 * and the least answered weight a respondent needs for an index value ({@code minAnsweredShare} of
 * the total weight).
 *
 * @param points question code → k of its 1..k scale
 */
public record IndexItems(
    String code, Map<String, Double> weights, Map<String, Integer> points, double minWeight) {

  public IndexItems {
    Objects.requireNonNull(code, "code");
    weights = Map.copyOf(weights);
    points = Map.copyOf(points);
    if (!weights.keySet().equals(points.keySet())) {
      throw new IllegalArgumentException(code + ": every weighted question needs its scale");
    }
  }

  /** The index of a template, refused if one of its questions is not a scale question. */
  public static IndexItems of(IndexDefinition index, QuestionnaireTemplate template) {
    Map<String, Integer> points =
        index.weights().keySet().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    code -> code,
                    code ->
                        template
                            .question(code)
                            .filter(q -> q.scale() != null)
                            .orElseThrow(
                                () ->
                                    new IllegalArgumentException(
                                        index.code() + ": " + code + " is not a scale question"))
                            .scale()
                            .points()));
    double total = index.weights().values().stream().mapToDouble(Double::doubleValue).sum();
    return new IndexItems(index.code(), index.weights(), points, index.minAnsweredShare() * total);
  }
}
