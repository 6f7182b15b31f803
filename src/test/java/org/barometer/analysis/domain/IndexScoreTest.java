package org.barometer.analysis.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.barometer.platform.i18n.LocalizedText;
import org.barometer.survey.domain.template.IndexDefinition;
import org.barometer.survey.domain.template.Scale;
import org.junit.jupiter.api.Test;

/** An index over q1 (weight 2), q2 and q3 (weight 1) on 1–6 scales, at least half answered. */
class IndexScoreTest {

  private static Scale scale(int k) {
    return new Scale(k, LocalizedText.of("low"), LocalizedText.of("high"), true, k - 1);
  }

  private static final Map<String, Scale> SCALES =
      Map.of("q1", scale(6), "q2", scale(6), "q3", scale(6), "q4", scale(10));

  private static IndexDefinition index(double minShare, Object... codeWeight) {
    Map<String, Double> weights = new LinkedHashMap<>();
    for (int i = 0; i < codeWeight.length; i += 2) {
      weights.put((String) codeWeight[i], ((Number) codeWeight[i + 1]).doubleValue());
    }
    return new IndexDefinition("idx", LocalizedText.of("Index"), weights, minShare);
  }

  private static final IndexDefinition INDEX = index(0.5, "q1", 2, "q2", 1, "q3", 1);

  @Test
  void rescalesEachAnswerToZeroToHundred() {
    // (x − 1)/(k − 1)·100: 1 → 0, 6 → 100, 5 on 1–6 → 80, 7 on 1–10 → 66.67
    assertEquals(0.0, IndexScore.rescale(1, 6));
    assertEquals(100.0, IndexScore.rescale(6, 6));
    assertEquals(80.0, IndexScore.rescale(5, 6));
    assertEquals(200.0 / 3, IndexScore.rescale(7, 10), 1e-13);
    assertThrows(IllegalArgumentException.class, () -> IndexScore.rescale(7, 6));
    assertThrows(IllegalArgumentException.class, () -> IndexScore.rescale(0, 6));
  }

  @Test
  void weightedMeanOfAllItems() {
    // q1 = 5 → 80, q2 = 2 → 20, q3 = 6 → 100: (2·80 + 20 + 100)/4 = 70
    assertEquals(
        70.0, IndexScore.of(INDEX, SCALES, Map.of("q1", 5, "q2", 2, "q3", 6)).getAsDouble());
  }

  @Test
  void dontKnowIsLeftOutOfTheMean() {
    // q3 don't know: (2·80 + 20)/3 = 60, answered share 3/4
    assertEquals(60.0, IndexScore.of(INDEX, SCALES, Map.of("q1", 5, "q2", 2)).getAsDouble());
  }

  @Test
  void tooLittleAnsweredGivesNoIndex() {
    // only q2: share 1/4 < 1/2
    assertTrue(IndexScore.of(INDEX, SCALES, Map.of("q2", 2)).isEmpty());
    // only q1: share 2/4 = 1/2, exactly enough → 80
    assertEquals(80.0, IndexScore.of(INDEX, SCALES, Map.of("q1", 5)).getAsDouble());
    assertTrue(IndexScore.of(INDEX, SCALES, Map.of()).isEmpty());
  }

  @Test
  void mixedScalesAndUnrelatedAnswers() {
    // q1 = 6 on 1–6 → 100, q4 = 4 on 1–10 → 33.33; equal weights → 66.67; q2 is not in the index
    IndexDefinition mixed = index(1.0, "q1", 1, "q4", 1);
    assertEquals(
        (100 + 100.0 / 3) / 2,
        IndexScore.of(mixed, SCALES, Map.of("q1", 6, "q4", 4, "q2", 1)).getAsDouble(),
        1e-12);
    // minAnsweredShare 1: every item is needed
    assertTrue(IndexScore.of(mixed, SCALES, Map.of("q1", 6)).isEmpty());
  }

  @Test
  void theShareThresholdToleratesRounding() {
    // weights 0.1, 0.7, 0.2 with q3 unanswered: the share is 0.8 on paper, but in doubles
    // (0.1 + 0.7)/(0.1 + 0.7 + 0.2) = 0.7999999999999999 < 0.8
    IndexDefinition tenths = index(0.8, "q1", 0.1, "q2", 0.7, "q3", 0.2);
    // q1 = 1 → 0, q2 = 6 → 100: (0.1·0 + 0.7·100)/0.8 = 87.5
    assertEquals(
        87.5, IndexScore.of(tenths, SCALES, Map.of("q1", 1, "q2", 6)).getAsDouble(), 1e-12);
    // q2 alone: share 0.7 < 0.8
    assertTrue(IndexScore.of(tenths, SCALES, Map.of("q2", 6)).isEmpty());
  }

  @Test
  void refusesMissingScalesAndOffScaleAnswers() {
    assertThrows(
        IllegalArgumentException.class,
        () -> IndexScore.of(INDEX, Map.of("q1", scale(6)), Map.of("q1", 5)));
    assertThrows(
        IllegalArgumentException.class, () -> IndexScore.of(INDEX, SCALES, Map.of("q1", 7)));
  }
}
