package org.barometer.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barometer.survey.application.AnswerExchange;
import org.barometer.survey.application.NewCycle;
import org.barometer.survey.application.NewSurvey;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.application.TemplateLibrary;
import org.barometer.survey.domain.SurveyCycle;
import org.barometer.survey.domain.template.Question;

/**
 * Södertälje's service survey, so the NKI indicator of its seed plan ({@code
 * plans/sodertalje-2016-2022.yaml}: {@code source: {type: survey, survey: service-satisfaction,
 * index: nki}}) is scored from figures instead of being reported as an error in the plan (there was
 * no survey with that code).
 *
 * <p>The survey is on the {@code service-satisfaction} template (modelled on SKR's Insikt) with one
 * closed cycle for each year of the plan, 2016 to 2022, imported from CSV as cycles run in another
 * tool are. As in Insikt, a year's cycle asks the businesses whose case was decided that year, from
 * mid-January on, and closes in February of the next year, before the plan's calendar expects the
 * figure (30 April, a year after). A cycle's label is its year, which is how the scorer places its
 * figure; its closing day is the figure's publication day. The population is the number of
 * businesses with a decided case that year (the survey asks them all), with no strata: Insikt does
 * not sample by industry and size.
 */
@ApplicationScoped
class DemoServiceSurvey {

  static final String SURVEY = "service-satisfaction";
  private static final String TEMPLATE = "service-satisfaction";
  private static final String NAME = "Insikt – Södertälje (demo)";
  private static final int FIRST_YEAR = 2016;
  private static final Logger LOG = Logger.getLogger(DemoServiceSurvey.class.getName());

  /**
   * One year's cycle: how many answered, how many businesses had a decided case, and the seed of
   * the answers. Each seed is the first from the year · 100 on whose sampled NKI lands within a
   * quarter point of the model's (from 200,000 respondents: 63.6 in 2016 rising to 69.1 in 2022),
   * so the slow rise the model was built to show is not hidden by sampling noise. A change to
   * {@link SyntheticServiceAnswers} needs the seeds picked again.
   */
  private record Year(int year, int answers, int population, long seed) {

    String label() {
      return String.valueOf(year);
    }

    LocalDate opensOn() {
      return LocalDate.of(year, 1, 15);
    }

    LocalDate closesOn() {
      return LocalDate.of(year + 1, 2, 15);
    }
  }

  private static final List<Year> YEARS =
      List.of(
          new Year(2016, 262, 760, 201603),
          new Year(2017, 281, 790, 201705),
          new Year(2018, 296, 805, 201822),
          new Year(2019, 318, 840, 201906),
          new Year(2020, 297, 800, 202000),
          new Year(2021, 334, 870, 202101),
          new Year(2022, 352, 905, 202200));

  @Inject SurveyService surveys;
  @Inject AnswerExchange answerExchange;
  @Inject TemplateLibrary templates;

  /** Loads the survey and its cycles once: does nothing when a survey with its code exists. */
  void loadIfEmpty() {
    if (surveys.surveys().stream().anyMatch(s -> s.code().equals(SURVEY))) {
      return;
    }
    try {
      surveys.createSurvey(new NewSurvey(SURVEY, NAME, TEMPLATE, null));
      List<String> counts = new ArrayList<>();
      for (Year year : YEARS) {
        counts.add(year.label() + ": " + load(year));
      }
      LOG.info(
          () ->
              "Demo service survey loaded: '"
                  + SURVEY
                  + "' with closed cycles (answers) "
                  + String.join(", ", counts));
    } catch (RuntimeException e) {
      // The steps commit one by one; what was loaded stays, and the next start skips the survey.
      LOG.log(
          Level.SEVERE,
          "Loading the demo service survey failed part way. Stop the server, delete the embedded"
              + " database folder (barometer.data.dir) and start again to load it afresh.",
          e);
    }
  }

  /** A past year as one run in another tool: a draft, its answers imported, then closed. */
  private int load(Year year) {
    var answers =
        new SyntheticServiceAnswers(year.seed())
            .respondents(year.year() - FIRST_YEAR, year.answers());
    SurveyCycle cycle =
        surveys.createCycle(
            SURVEY,
            new NewCycle(year.label(), year.opensOn(), year.closesOn(), year.population(), null));
    List<String> codes = templates.of(cycle).questions().stream().map(Question::code).toList();
    int imported =
        answerExchange.importAnswers(
            cycle.id(),
            "demo-service-answers-" + year.label() + ".csv",
            SyntheticAnswers.csv(codes, answers));
    surveys.close(cycle.id());
    return imported;
  }
}
