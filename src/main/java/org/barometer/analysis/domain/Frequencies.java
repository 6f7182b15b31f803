package org.barometer.analysis.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * A frequency table "distinct value → count": the sufficient statistic the database delivers for
 * one question (answers 1..k) or one respondent-level index (a finite set of reals) in one group.
 * Everything in this package works from these tables, so no statistic ever needs the raw answers.
 *
 * <p>Values are kept sorted and distinct; equal values given twice are merged, zero counts dropped,
 * {@code -0.0} is stored as {@code 0.0}. Non-finite values and negative counts are refused.
 *
 * <p>Numerics: the mean and variance are computed with the corrected two-pass algorithm over the
 * distinct values (Chan, Golub &amp; LeVeque 1983): first m₀ = Σcᵢvᵢ/n, then the mean is corrected
 * by Σcᵢ(vᵢ − m₀)/n and the variance is (Σcᵢ(vᵢ − m)² − (Σcᵢ(vᵢ − m))²/n)/(n − 1). This avoids the
 * cancellation of Σx² − n·x̄², which loses every digit when the spread is small next to the mean.
 */
public final class Frequencies {

  /** No observations. */
  public static final Frequencies EMPTY = new Frequencies(new double[0], new long[0]);

  private final double[] values;
  private final long[] counts;
  private final long[] cumulative;
  private final long n;

  private Frequencies(double[] values, long[] counts) {
    this.values = values;
    this.counts = counts;
    this.cumulative = new long[counts.length];
    long running = 0;
    for (int i = 0; i < counts.length; i++) {
      running = Math.addExact(running, counts[i]);
      cumulative[i] = running;
    }
    this.n = running;
  }

  /**
   * From parallel arrays {@code values[i]} observed {@code counts[i]} times, in any order and with
   * repeats (which are added together).
   */
  public static Frequencies of(double[] values, long[] counts) {
    if (values.length != counts.length) {
      throw new IllegalArgumentException(
          "values and counts differ in length: " + values.length + " vs " + counts.length);
    }
    TreeMap<Double, Long> merged = new TreeMap<>();
    for (int i = 0; i < values.length; i++) {
      add(merged, values[i], counts[i]);
    }
    return fromSorted(merged);
  }

  /** From a map value → count, as a {@code GROUP BY value} query returns it. */
  public static Frequencies of(Map<? extends Number, ? extends Number> counts) {
    TreeMap<Double, Long> merged = new TreeMap<>();
    counts.forEach(
        (value, count) -> {
          if (count.doubleValue() != count.longValue()) {
            throw new IllegalArgumentException("count of " + value + " is not whole: " + count);
          }
          add(merged, value.doubleValue(), count.longValue());
        });
    return fromSorted(merged);
  }

  /** Each given observation counted once; for raw data, mostly in tests. */
  public static Frequencies ofObservations(double... observations) {
    long[] ones = new long[observations.length];
    Arrays.fill(ones, 1L);
    return of(observations, ones);
  }

  private static void add(TreeMap<Double, Long> merged, double value, long count) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("value must be finite, was " + value);
    }
    if (count < 0) {
      throw new IllegalArgumentException("count of " + value + " is negative: " + count);
    }
    if (count > 0) {
      merged.merge(value + 0.0, count, Math::addExact);
    }
  }

  private static Frequencies fromSorted(TreeMap<Double, Long> merged) {
    double[] v = new double[merged.size()];
    long[] c = new long[merged.size()];
    int i = 0;
    for (Map.Entry<Double, Long> e : merged.entrySet()) {
      v[i] = e.getKey();
      c[i] = e.getValue();
      i++;
    }
    return new Frequencies(v, c);
  }

  /** The number of observations, Σcᵢ. */
  public long n() {
    return n;
  }

  /** The number of distinct values observed. */
  public int distinctValues() {
    return values.length;
  }

  /** The distinct values, ascending (a copy). */
  public double[] values() {
    return values.clone();
  }

  /** The counts, parallel to {@link #values()} (a copy). */
  public long[] counts() {
    return counts.clone();
  }

  /** How often {@code value} was observed (exact match), 0 if never. */
  public long count(double value) {
    int i = Arrays.binarySearch(values, value + 0.0);
    return i >= 0 ? counts[i] : 0;
  }

  /** How many observations are ≥ {@code threshold}; the numerator of a top-box share. */
  public long countAtLeast(double threshold) {
    long total = 0;
    for (int i = values.length - 1; i >= 0 && values[i] >= threshold; i--) {
      total += counts[i];
    }
    return total;
  }

  /** Σcᵢvᵢ, with compensated (Neumaier) summation; 0 when empty. */
  public double sum() {
    return compensatedSum(values, 1);
  }

  /** Σcᵢvᵢ², with compensated (Neumaier) summation; 0 when empty. */
  public double sumOfSquares() {
    return compensatedSum(values, 2);
  }

  private double compensatedSum(double[] v, int power) {
    double sum = 0;
    double compensation = 0;
    for (int i = 0; i < v.length; i++) {
      double term = (power == 1 ? v[i] : v[i] * v[i]) * counts[i];
      double t = sum + term;
      if (Math.abs(sum) >= Math.abs(term)) {
        compensation += (sum - t) + term;
      } else {
        compensation += (term - t) + sum;
      }
      sum = t;
    }
    return sum + compensation;
  }

  /** The arithmetic mean; NaN when there are no observations. */
  public double mean() {
    if (n == 0) {
      return Double.NaN;
    }
    if (values.length == 1) {
      return values[0];
    }
    double m0 = sum() / n;
    double correction = 0;
    for (int i = 0; i < values.length; i++) {
      correction += counts[i] * (values[i] - m0);
    }
    return m0 + correction / n;
  }

  /**
   * The sample variance s² = Σcᵢ(vᵢ − x̄)²/(n − 1) (the unbiased estimator, as R's {@code var});
   * NaN when n &lt; 2, exactly 0 when all observations are equal.
   */
  public double variance() {
    if (n < 2) {
      return Double.NaN;
    }
    if (values.length == 1) {
      return 0.0;
    }
    double m = mean();
    double squares = 0;
    double deviations = 0;
    for (int i = 0; i < values.length; i++) {
      double d = values[i] - m;
      squares += counts[i] * d * d;
      deviations += counts[i] * d;
    }
    return Math.max(0.0, (squares - deviations * deviations / n) / (n - 1));
  }

  /**
   * The p-quantile by R's default definition (type 7, Hyndman &amp; Fan 1996): with the sorted
   * observations x₁ ≤ … ≤ xₙ, h = (n − 1)p + 1, j = ⌊h⌋, g = h − j, Q(p) = (1 − g)·x_j + g·x_{j+1}
   * (just x_j when g = 0 or x_j = x_{j+1}, as R does). The order statistics are looked up in the
   * cumulative counts, never expanded into n values. NaN when there are no observations.
   *
   * @param p in [0, 1]
   */
  public double quantile(double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException("p must be in [0, 1], was " + p);
    }
    if (n == 0) {
      return Double.NaN;
    }
    double h = (n - 1) * p;
    long j = (long) Math.floor(h);
    double g = h - j;
    double low = orderStatistic(j);
    if (g == 0 || j + 1 >= n) {
      return low;
    }
    double high = orderStatistic(j + 1);
    return low == high ? low : (1 - g) * low + g * high;
  }

  /** The observation at 0-based rank {@code k} in ascending order. */
  private double orderStatistic(long k) {
    int lo = 0;
    int hi = cumulative.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cumulative[mid] > k) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return values[lo];
  }

  /** The pooled table of both, e.g. two groups or two collection waves. */
  public Frequencies plus(Frequencies other) {
    TreeMap<Double, Long> merged = new TreeMap<>();
    for (Frequencies f : new Frequencies[] {this, other}) {
      for (int i = 0; i < f.values.length; i++) {
        merged.merge(f.values[i], f.counts[i], Math::addExact);
      }
    }
    return fromSorted(merged);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Frequencies f
        && Arrays.equals(values, f.values)
        && Arrays.equals(counts, f.counts);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(values) + Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    StringBuilder s = new StringBuilder("Frequencies{");
    for (int i = 0; i < values.length; i++) {
      s.append(i == 0 ? "" : ", ").append(values[i]).append('×').append(counts[i]);
    }
    return s.append('}').toString();
  }
}
