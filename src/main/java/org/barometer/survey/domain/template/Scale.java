package org.barometer.survey.domain.template;

import java.util.Objects;
import org.barometer.platform.i18n.LocalizedText;

/**
 * A k-point answer scale 1..k with labels on its two ends only, as Svenskt Näringsliv (1–6) and SKR
 * Insikt (1–10) ask: labelling every point would change the instrument and break comparability with
 * their published figures.
 *
 * @param points k, from 2 to 11
 * @param lowLabel what 1 means
 * @param highLabel what k means
 * @param dontKnow whether "don't know" may be answered; it counts as answered but never enters a
 *     mean or an index
 * @param topBoxFrom the lowest value counted in the top-box share (5 on a 1–6 scale gives the share
 *     answering 5 or 6)
 */
public record Scale(
    int points, LocalizedText lowLabel, LocalizedText highLabel, boolean dontKnow, int topBoxFrom) {

  public static final int MIN_POINTS = 2;
  public static final int MAX_POINTS = 11;

  public Scale {
    if (points < MIN_POINTS || points > MAX_POINTS) {
      throw new IllegalArgumentException("points must be 2..11, was " + points);
    }
    if (topBoxFrom < 1 || topBoxFrom > points) {
      throw new IllegalArgumentException("topBoxFrom must be 1.." + points + ", was " + topBoxFrom);
    }
    Objects.requireNonNull(lowLabel, "lowLabel");
    Objects.requireNonNull(highLabel, "highLabel");
  }

  /** The top box when a template does not say: the two highest points. */
  public static int defaultTopBoxFrom(int points) {
    return Math.max(1, points - 1);
  }

  /** Whether {@code value} is a point of this scale. */
  public boolean contains(int value) {
    return value >= 1 && value <= points;
  }
}
