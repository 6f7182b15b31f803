package org.barometer.goals.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.barometer.analysis.application.ItemKind;
import org.barometer.analysis.application.ItemTrend;
import org.barometer.analysis.application.ResultsService;
import org.barometer.analysis.application.TrendPoint;
import org.barometer.analysis.domain.ConfidenceInterval;
import org.barometer.analysis.domain.Visibility;
import org.barometer.analysis.domain.WeightedTrend;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.goals.domain.Measurements;
import org.barometer.goals.domain.PlanReferenceException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.i18n.LocalizedText;
import org.barometer.shared.Period;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.domain.CycleStatus;
import org.barometer.survey.domain.FrozenTemplate;
import org.barometer.survey.domain.Survey;
import org.barometer.survey.domain.SurveyCycle;
import org.junit.jupiter.api.Test;

/**
 * A plan reads exactly the survey it names by code: another survey on the same template is never
 * merged in, and naming a survey or an item that does not exist is an error in the plan.
 */
class SurveyFiguresTest {

  private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

  /** Two surveys on the business-climate template: Sandefjord's (with cycles) and a neighbour's. */
  private final Survey ours = new Survey("sandefjord-climate", "Ours", "business-climate", 5, NOW);

  private final Survey theirs = new Survey("larvik-climate", "Theirs", "business-climate", 5, NOW);

  private final Map<String, List<SurveyCycle>> cycles =
      Map.of(
          "sandefjord-climate",
          List.of(cycle(ours, "2022")),
          "larvik-climate",
          List.of(cycle(theirs, "2022")));

  private final List<String> trendsAsked = new ArrayList<>();

  private final SurveyService surveys =
      new SurveyService() {
        @Override
        public List<Survey> surveys() {
          return List.of(ours, theirs);
        }

        @Override
        public List<SurveyCycle> cycles(String surveyCode) {
          List<SurveyCycle> c = cycles.get(surveyCode);
          if (c == null) {
            throw new NotFoundException("no survey " + surveyCode);
          }
          return c;
        }
      };

  private final ResultsService results =
      new ResultsService() {
        @Override
        public ItemTrend trend(Survey survey, List<SurveyCycle> ofSurvey, String itemCode) {
          trendsAsked.add(survey.code());
          if (!itemCode.equals("overall")) {
            throw new NotFoundException("no item " + itemCode);
          }
          double value = survey == ours ? 61.0 : 99.0;
          return new ItemTrend(
              survey.code(),
              survey.name(),
              itemCode,
              ItemKind.INDEX,
              new LocalizedText("x", "x", "x"),
              List.of(
                  new TrendPoint(
                      0L,
                      "2022",
                      CycleStatus.CLOSED,
                      false,
                      OptionalDouble.of(2022),
                      Visibility.SHOWN,
                      100L,
                      OptionalDouble.of(value),
                      Optional.of(new ConfidenceInterval(value - 2, value + 2, 0.95)),
                      false,
                      Optional.empty())),
              WeightedTrend.of(List.of()));
        }
      };

  private static SurveyCycle cycle(Survey survey, String label) {
    return new SurveyCycle(
        survey,
        label,
        new FrozenTemplate("business-climate", 1, "code: business-climate"),
        LocalDate.of(2022, 3, 1),
        LocalDate.of(2022, 4, 1),
        null,
        List.of());
  }

  private static IndicatorSource.SurveyItem item(String survey, String item) {
    return new IndicatorSource.SurveyItem(survey, IndicatorSource.SurveyItem.Item.INDEX, item);
  }

  @Test
  void thePlanReadsOnlyTheSurveyItNames() {
    Measurements m = new SurveyFigures(surveys, results).of(item("sandefjord-climate", "overall"));
    assertEquals(List.of("sandefjord-climate"), trendsAsked);
    assertEquals(61.0, m.at(Period.year(2022)).orElseThrow().value(), 0);
  }

  @Test
  void aTemplatesNameIsNotASurvey() {
    // before: no survey had the code "business-climate", so every survey on that template was
    // merged (the first one's figure won). Now it is an error in the plan naming the code.
    PlanReferenceException e =
        assertThrows(
            PlanReferenceException.class,
            () -> new SurveyFigures(surveys, results).of(item("business-climate", "overall")));
    assertEquals(List.of(), trendsAsked);
    assertEquals(
        "it names the survey business-climate, and there is no survey with that code (a plan"
            + " names its survey by code; surveys on the same template are not merged)",
        e.reason().english());
  }

  @Test
  void anItemNoCycleHasIsAnErrorInThePlan() {
    PlanReferenceException e =
        assertThrows(
            PlanReferenceException.class,
            () -> new SurveyFigures(surveys, results).of(item("sandefjord-climate", "overal")));
    assertEquals(
        "the survey sandefjord-climate has no index or question overal in any cycle",
        e.reason().english());
  }
}
