package org.barometer.demo;

import static org.barometer.demo.SyntheticDraws.weights;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.barometer.survey.application.NewCycle;

/**
 * Believable, made-up answers to the business-climate template ({@code
 * surveys/business-climate.yaml}), so the quick start shows results and trends worth looking at
 * instead of empty pages or uniform noise.
 *
 * <p>The model is deliberately simple but not flat: every respondent has a general disposition
 * towards the municipality that colours all their scale answers (so the questions correlate, as
 * real answers do, and the priority matrix has something to show), plus an independent opinion per
 * question. The sum is rounded to the 1–6 scale. The averages move over the cycles the way a
 * municipality that works on its permits and land would hope: building permits and business land
 * improve clearly, cooperation stays where it was, and the overall judgement rises by about a third
 * of a scale point per cycle. Some respondents answer "don't know", the building-permit question is
 * only answered by those who applied for one, and a few leave a comment.
 *
 * <p>The same seed gives the same answers, so the demo looks the same on every machine.
 */
final class SyntheticAnswers {

  private static final List<SyntheticDraws.Scale> SCALES =
      List.of(
          scale("sat_business_land", 3.1, 0.40, 0.5, 0.10),
          scale("sat_building_permits", 2.8, 0.45, 0.7, 0.03),
          scale("sat_business_development", 3.5, 0.15, 0.6, 0.08),
          scale("sat_cooperation", 3.9, 0.0, 0.4, 0.06),
          scale("image_innovative", 3.2, 0.25, 0.6, 0.07),
          scale("image_welcoming", 3.8, 0.15, 0.6, 0.06),
          scale("image_adaptable", 3.4, 0.20, 0.6, 0.07),
          scale("overall_climate", 3.5, 1.0 / 3, 0.8, 0.04));

  /** The variance of a scale answer before rounding: a standard deviation of about 1.1 points. */
  private static final double TOTAL_VARIANCE = 1.2;

  /** NACE sections and their weight among the answering firms: trade, building, services first. */
  private static final Map<String, Integer> INDUSTRY_WEIGHTS =
      weights(
          "G", 18, "F", 14, "M", 12, "C", 10, "I", 8, "Q", 6, "N", 6, "H", 5, "L", 5, "J", 4, "S",
          4, "A", 3, "K", 2, "P", 1, "R", 2);

  /** Most Norwegian firms are small: the size classes of the template and their weights. */
  private static final Map<String, Integer> SIZE_WEIGHTS =
      weights("0-4", 58, "5-19", 27, "20-99", 11, "100+", 4);

  /** The business population of the first demo cycle. */
  private static final int FIRMS_2019 = 1700;

  /**
   * The size classes' shares of the business population: roughly the Norwegian picture, where most
   * enterprises have fewer than five employees. Made up for the demo, not taken from statistics.
   */
  private static final Map<String, Double> POPULATION_SIZE_SHARE =
      Map.of("0-4", 0.74, "5-19", 0.18, "20-99", 0.065, "100+", 0.015);

  private static final Map<String, Integer> YEARS_WEIGHTS =
      weights("0-2", 12, "3-9", 30, "10+", 58);

  /** Comments of the kind such surveys collect, in Norwegian as the respondents would write. */
  private static final List<String> COMMENTS =
      List.of(
          "Byggesaksbehandlingen tar for lang tid, og det er vanskelig å få svar på telefon.",
          "Kommunen bør ha mer ferdig regulert næringsareal klart for utbygging.",
          "Bedre parkering i sentrum ville hjulpet handelen.",
          "Næringsfrokostene er nyttige, fortsett med dem.",
          "Savner en fast kontaktperson i kommunen for oss som driver næring.",
          "Raskere saksbehandling og mer forutsigbarhet i plansaker.",
          "Kommunen bør handle mer lokalt ved innkjøp.",
          "Veldig god hjelp fra næringsavdelingen da vi etablerte oss.",
          "Gebyrene for byggesøknader er høye sammenlignet med nabokommunene.",
          "Mer dialog med næringslivet før store vedtak fattes.",
          "Bredbånd og mobildekning i distriktet må bli bedre.",
          "Det er blitt mye bedre de siste årene, særlig i byggesaker.",
          "Vanskelig å rekruttere fagfolk; kommunen kan samarbeide mer med skolene.",
          "Skiltingen og veiene inn til industriområdet trenger vedlikehold.");

  private static final double COMMENT_SHARE = 0.14;

  private final SyntheticDraws draws;

  SyntheticAnswers(long seed) {
    this.draws = new SyntheticDraws(seed);
  }

  /**
   * Answers of respondents who tell their industry and size themselves, as in a cycle run in
   * another tool and imported.
   *
   * @param cycle 0 for the first demo cycle (2019), 1 for the next, and so on
   */
  List<Map<String, List<String>>> respondents(int cycle, int count) {
    List<Map<String, List<String>>> rows = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rows.add(respondent(cycle, draws.pick(INDUSTRY_WEIGHTS), draws.pick(SIZE_WEIGHTS)));
    }
    return rows;
  }

  /**
   * One respondent's answers, question code to values; questions left open are absent.
   *
   * @param industry the NACE section letter the respondent gives
   * @param size the size class the respondent gives, as the template's option codes
   */
  Map<String, List<String>> respondent(int cycle, String industry, String size) {
    double disposition = draws.disposition();
    boolean appliedForPermit = draws.chance(permitShare(industry, size));
    Map<String, List<String>> answers = new LinkedHashMap<>();
    answers.put("permit_applied", List.of(appliedForPermit ? "yes" : "no"));
    for (SyntheticDraws.Scale scale : SCALES) {
      // The template asks about building permits only those who applied for one.
      if (!scale.code().equals("sat_building_permits") || appliedForPermit) {
        answers.put(scale.code(), List.of(draws.answer(scale, cycle, disposition)));
      }
    }
    if (draws.chance(COMMENT_SHARE)) {
      answers.put("comments", List.of(draws.any(COMMENTS)));
    }
    answers.put("industry", List.of(industry));
    answers.put("size", List.of(size));
    answers.put("years", List.of(draws.pick(YEARS_WEIGHTS)));
    return answers;
  }

  /**
   * The answers as CSV in the shape {@code AnswerExchange} exports and imports: one column per
   * question code in the template's order, multiple values joined by {@code |}.
   */
  static String csv(List<String> questionCodes, List<Map<String, List<String>>> rows) {
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(questionCodes);
      for (Map<String, List<String>> row : rows) {
        List<String> cells = new ArrayList<>();
        for (String code : questionCodes) {
          cells.add(String.join("|", row.getOrDefault(code, List.of())));
        }
        csv.printRecord(cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The municipality's business population per stratum (industry × size class) at a cycle, for the
   * finite-population correction and stratified estimates: about 1,700 firms in 2019, growing 2 %
   * per cycle, most of them tiny (small firms answer less often than large ones, so they are more
   * common in the population than among the answers). Only strata with answers are listed, each
   * with at least as many firms as answered from it, so the population size is their sum.
   */
  static List<NewCycle.Stratum> strata(List<Map<String, List<String>>> rows, int cycle) {
    Map<String, Integer> answered = new TreeMap<>();
    for (Map<String, List<String>> row : rows) {
      answered.merge(row.get("industry").get(0) + " " + row.get("size").get(0), 1, Integer::sum);
    }
    double firms = FIRMS_2019 * Math.pow(1.02, cycle);
    double industryTotal = INDUSTRY_WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
    List<NewCycle.Stratum> strata = new ArrayList<>();
    answered.forEach(
        (key, n) -> {
          String industry = key.split(" ")[0];
          String size = key.split(" ")[1];
          double expected =
              firms
                  * INDUSTRY_WEIGHTS.get(industry)
                  / industryTotal
                  * POPULATION_SIZE_SHARE.get(size);
          strata.add(new NewCycle.Stratum(industry, size, Math.max(n, (int) Math.round(expected))));
        });
    return strata;
  }

  /** About 40 % have applied for a building permit; builders and larger firms more often. */
  private static double permitShare(String industry, String size) {
    double share = 0.32;
    if (industry.equals("F") || industry.equals("L")) {
      share += 0.25;
    }
    if (size.equals("20-99") || size.equals("100+")) {
      share += 0.15;
    }
    return share;
  }

  /** A question on the 1–6 scale whose answers vary by {@link #TOTAL_VARIANCE} in all. */
  private static SyntheticDraws.Scale scale(
      String code, double start, double perCycle, double loading, double dontKnow) {
    return new SyntheticDraws.Scale(
        code, start, perCycle, loading, Math.sqrt(TOTAL_VARIANCE - loading * loading), 6, dontKnow);
  }
}
