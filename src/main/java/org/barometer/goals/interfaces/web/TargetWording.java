package org.barometer.goals.interfaces.web;

import java.util.function.BiFunction;
import java.util.function.DoubleFunction;
import org.barometer.goals.domain.Target;

/**
 * A target in the page's language, short enough for a scorecard column: "at least 40", "+1.5 % a
 * year", "better than the ASSS mean".
 */
final class TargetWording {

  private TargetWording() {}

  /**
   * @param text the page's texts: a {@code msg} key and its arguments
   * @param number a figure as the page writes numbers
   * @param lowerIsBetter whether the indicator improves by falling
   */
  static String of(
      Target target,
      boolean lowerIsBetter,
      BiFunction<String, Object[], String> text,
      DoubleFunction<String> number) {
    if (target instanceof Target.Threshold t) {
      return text.apply(
          lowerIsBetter ? "goals.target.atMost" : "goals.target.atLeast",
          new Object[] {number.apply(t.value())});
    }
    if (target instanceof Target.GrowthPerYear g) {
      return text.apply(
          "goals.target.growth",
          new Object[] {(g.percentPerYear() >= 0 ? "+" : "") + number.apply(g.percentPerYear())});
    }
    if (target instanceof Target.ImproveEveryPeriod) {
      return text.apply("goals.target.improve", new Object[0]);
    }
    if (target instanceof Target.StableOrImprove) {
      return text.apply("goals.target.stable", new Object[0]);
    }
    if (target instanceof Target.Outperform o) {
      return text.apply("goals.target.outperform", new Object[] {o.against().describe()});
    }
    if (target instanceof Target.Rank r) {
      return r.top().isPresent()
          ? text.apply("goals.target.top", new Object[] {r.top().getAsInt()})
          : text.apply("goals.target.betterRank", new Object[0]);
    }
    return text.apply("goals.target.notSet", new Object[0]);
  }
}
