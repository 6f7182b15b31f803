package org.barometer.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.barometer.analysis.application.ResultsPublication;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.domain.CycleStatus;

/**
 * The demo's 2025 business-climate cycle published to the public results page and its JSON-stat
 * (issue 17), so a visitor sees what the businesses see: {@code /results.xhtml?survey=
 * business-climate&cycle=2025}. Runs on every start and does nothing once it is published (or when
 * an analyst has withdrawn it since: a withdrawal is respected).
 */
@ApplicationScoped
public class DemoPublication {

  private static final Logger LOG = Logger.getLogger(DemoPublication.class.getName());
  static final String CYCLE = "2025";

  @Inject SurveyService surveys;
  @Inject ResultsPublication publication;

  void publishIfNot() {
    surveys
        .cycle(DemoDataLoader.SURVEY, CYCLE)
        .filter(c -> c.status() == CycleStatus.CLOSED)
        .filter(c -> publication.history(c.id()).isEmpty())
        .ifPresent(
            c -> {
              publication.publish(c.id(), "demo");
              LOG.info(
                  () ->
                      "Demo: published the "
                          + CYCLE
                          + " results: /results.xhtml?survey="
                          + DemoDataLoader.SURVEY
                          + "&cycle="
                          + CYCLE);
            });
  }
}
