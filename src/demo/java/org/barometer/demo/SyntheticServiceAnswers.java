package org.barometer.demo;

import static org.barometer.demo.SyntheticDraws.weights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Believable, made-up answers to the service-satisfaction template ({@code
 * surveys/service-satisfaction.yaml}, modelled on SKR's Insikt): businesses that had a case with
 * the municipality (a building permit, a food inspection, a serving permit ...) judge six service
 * factors on 1–6 and answer the three NKI questions on 1–10.
 *
 * <p>The model follows {@link SyntheticAnswers}: every respondent has a general disposition that
 * colours all their scale answers (so the factors correlate with NKI and the priority matrix has
 * something to show), plus an independent opinion per question, rounded to the scale. The area of
 * the case moves the disposition the way Insikt's results usually differ: building permits are
 * judged hardest, fire protection and food control best. Treatment and competence score highest,
 * efficiency and information lowest, and those two follow the disposition most closely, so they
 * stand out as what to improve. NKI starts at about 64 in the first demo year and rises slowly, by
 * about a point a year; efficiency and information improve the most (what Södertälje's plan works
 * on). A few answer "don't know", most often on legal certainty; a few leave the background
 * questions open, and about one in eight writes a suggestion.
 *
 * <p>The same seed gives the same answers, so the demo looks the same on every machine.
 */
final class SyntheticServiceAnswers {

  /** The six factors on 1–6 (an index of (mean − 1) / 5 · 100: 4.25 is 65). */
  private static final List<SyntheticDraws.Scale> FACTORS =
      List.of(
          new SyntheticDraws.Scale("factor_information", 4.20, 0.06, 0.80, 0.75, 6, 0.03),
          new SyntheticDraws.Scale("factor_accessibility", 4.45, 0.03, 0.70, 0.80, 6, 0.03),
          new SyntheticDraws.Scale("factor_treatment", 4.95, 0.02, 0.65, 0.70, 6, 0.01),
          new SyntheticDraws.Scale("factor_competence", 4.75, 0.02, 0.70, 0.70, 6, 0.04),
          new SyntheticDraws.Scale("factor_legal_certainty", 4.55, 0.03, 0.75, 0.75, 6, 0.08),
          new SyntheticDraws.Scale("factor_efficiency", 4.00, 0.08, 0.90, 0.75, 6, 0.02));

  /** The three NKI questions on 1–10 (an index of (mean − 1) / 9 · 100: 6.85 is 65). */
  private static final List<SyntheticDraws.Scale> NKI =
      List.of(
          new SyntheticDraws.Scale("nki_overall", 7.10, 0.09, 1.75, 1.05, 10, 0.01),
          new SyntheticDraws.Scale("nki_expectations", 6.85, 0.09, 1.70, 1.15, 10, 0.03),
          new SyntheticDraws.Scale("nki_ideal", 6.55, 0.09, 1.75, 1.10, 10, 0.03));

  /** The areas of the cases asked about and their shares: building permits the most. */
  private static final Map<String, Integer> AREA_WEIGHTS =
      weights(
          "building",
          34,
          "environment_health",
          22,
          "food",
          20,
          "serving",
          6,
          "fire",
          10,
          "land_use",
          8);

  /** How each area moves the disposition (in its standard deviations). */
  private static final Map<String, Double> AREA_SHIFT =
      Map.of(
          "building", -0.35,
          "environment_health", -0.05,
          "food", 0.25,
          "serving", 0.15,
          "fire", 0.35,
          "land_use", 0.0);

  /**
   * The NACE sections of the businesses with a case in each area: builders and property owners
   * apply for building permits, restaurants and shops are inspected for food, and so on.
   */
  private static final Map<String, Map<String, Integer>> INDUSTRY_BY_AREA =
      Map.of(
          "building",
              weights(
                  "F", 30, "L", 20, "G", 10, "C", 8, "M", 8, "I", 5, "A", 5, "N", 5, "H", 5, "S",
                  4),
          "environment_health",
              weights(
                  "C", 18, "G", 14, "A", 12, "S", 12, "I", 8, "Q", 8, "H", 8, "F", 8, "E", 6, "N",
                  6),
          "food", weights("I", 50, "G", 35, "C", 8, "Q", 4, "P", 3),
          "serving", weights("I", 85, "R", 10, "G", 5),
          "fire",
              weights("G", 18, "C", 16, "L", 14, "I", 14, "H", 10, "P", 8, "Q", 8, "R", 6, "N", 6),
          "land_use", weights("G", 35, "I", 25, "F", 20, "R", 12, "N", 8));

  /** Most businesses with a case are small: the size classes of the template and their weights. */
  private static final Map<String, Integer> SIZE_WEIGHTS =
      weights("0-4", 45, "5-19", 32, "20-99", 16, "100+", 7);

  /** Shares who leave a background question open (it is not required). */
  private static final double NO_INDUSTRY = 0.03;

  private static final double NO_SIZE = 0.02;

  /** Suggestions of the kind such surveys collect, in Swedish as the respondents would write. */
  private static final List<String> COMMENTS =
      List.of(
          "Handläggningstiden för bygglovet var alldeles för lång.",
          "Svårt att nå handläggaren på telefon, man fick aldrig svar på mejl.",
          "Tydligare information på webben om vad ansökan ska innehålla.",
          "Inspektören var trevlig och kunnig, bra dialog under besöket.",
          "Avgiften för tillsynen känns hög i förhållande till tiden den tog.",
          "Bra att man fick ett besked snabbt, det underlättade för oss.",
          "Det vore bra med en e-tjänst där man kan följa ärendet.",
          "Olika handläggare gav olika besked, det skapade osäkerhet.",
          "Mycket bättre än förra gången, snabbt och smidigt.",
          "Kommunen borde samordna sina tillsynsbesök så att vi inte får tre besök samma månad.",
          "Beslutet var välmotiverat och lätt att förstå.",
          "Önskar en kontaktperson som håller ihop ärendet från början till slut.");

  private static final double COMMENT_SHARE = 0.12;

  private final SyntheticDraws draws;

  SyntheticServiceAnswers(long seed) {
    this.draws = new SyntheticDraws(seed);
  }

  /**
   * The answers of one year's respondents, as in a year run in another tool and imported.
   *
   * @param year 0 for the first demo year (2016), 1 for the next, and so on
   */
  List<Map<String, List<String>>> respondents(int year, int count) {
    List<Map<String, List<String>>> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(respondent(year));
    }
    return rows;
  }

  /** One respondent's answers, question code to values; questions left open are absent. */
  Map<String, List<String>> respondent(int year) {
    String area = draws.pick(AREA_WEIGHTS);
    double disposition = draws.disposition() + AREA_SHIFT.get(area);
    Map<String, List<String>> answers = new LinkedHashMap<>();
    answers.put("area", List.of(area));
    for (SyntheticDraws.Scale scale : FACTORS) {
      answers.put(scale.code(), List.of(draws.answer(scale, year, disposition)));
    }
    for (SyntheticDraws.Scale scale : NKI) {
      answers.put(scale.code(), List.of(draws.answer(scale, year, disposition)));
    }
    if (draws.chance(COMMENT_SHARE)) {
      answers.put("comments", List.of(draws.any(COMMENTS)));
    }
    String industry = draws.pick(INDUSTRY_BY_AREA.get(area));
    String size = draws.pick(SIZE_WEIGHTS);
    if (!draws.chance(NO_INDUSTRY)) {
      answers.put("industry", List.of(industry));
    }
    if (!draws.chance(NO_SIZE)) {
      answers.put("size", List.of(size));
    }
    return answers;
  }
}
