package org.barometer.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.barometer.survey.domain.response.RawAnswers;

/**
 * The random draws of the demo's made-up answers ({@link SyntheticAnswers}, {@link
 * SyntheticServiceAnswers}): both draw from one seeded {@link Random} in the same order, so that a
 * seed gives the same answers on every machine; only their models differ.
 */
final class SyntheticDraws {

  /**
   * How one scale question behaves: its mean at the first demo cycle or year, its change per cycle,
   * how strongly it follows the respondent's general disposition, its own spread, the points of its
   * scale (1 to points) and how often "don't know" is answered.
   */
  record Scale(
      String code,
      double start,
      double perCycle,
      double loading,
      double own,
      int points,
      double dontKnow) {

    double mean(int cycle) {
      return start + perCycle * cycle;
    }
  }

  private final Random random;

  SyntheticDraws(long seed) {
    this.random = new Random(seed);
  }

  /** Whether something with the given chance happens. */
  boolean chance(double share) {
    return random.nextDouble() < share;
  }

  /** A standard normal draw: a respondent's general disposition. */
  double disposition() {
    return random.nextGaussian();
  }

  /** Any one of the choices, all alike. */
  <T> T any(List<T> choices) {
    return choices.get(random.nextInt(choices.size()));
  }

  /**
   * A scale answer: "don't know" at its share, else the mean moved by the disposition and by an
   * opinion of its own, rounded to the scale.
   */
  String answer(Scale scale, int cycle, double disposition) {
    if (random.nextDouble() < scale.dontKnow()) {
      return RawAnswers.DONT_KNOW;
    }
    double value =
        scale.mean(cycle) + scale.loading() * disposition + scale.own() * random.nextGaussian();
    return String.valueOf(Math.max(1, Math.min(scale.points(), Math.round(value))));
  }

  /** One of the weighted choices, each as often as its weight says. */
  String pick(Map<String, Integer> weights) {
    int total = weights.values().stream().mapToInt(Integer::intValue).sum();
    int draw = random.nextInt(total);
    for (Map.Entry<String, Integer> entry : weights.entrySet()) {
      draw -= entry.getValue();
      if (draw < 0) {
        return entry.getKey();
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /** Choices and their weights, in order: {@code weights("a", 3, "b", 1)}. */
  static Map<String, Integer> weights(Object... pairs) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      weights.put((String) pairs[i], (Integer) pairs[i + 1]);
    }
    return weights;
  }
}
