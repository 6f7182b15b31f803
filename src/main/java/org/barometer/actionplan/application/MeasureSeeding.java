package org.barometer.actionplan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barometer.goals.application.PlanImported;

/**
 * Gives an imported plan its first action plan from the measures its file lists, once: a plan that
 * has an action plan already is left alone, so importing a revised file never touches the work
 * staff have done since. A failure here does not undo the import, which is stored by then; it is
 * logged, and staff can add the activities by hand.
 */
@ApplicationScoped
public class MeasureSeeding {

  private static final Logger LOG = Logger.getLogger(MeasureSeeding.class.getName());

  private ActionPlanService service;

  protected MeasureSeeding() {}

  @Inject
  public MeasureSeeding(ActionPlanService service) {
    this.service = service;
  }

  void imported(@Observes PlanImported event) {
    try {
      service
          .seedFromMeasures(event.plan())
          .ifPresent(
              a ->
                  LOG.info(
                      () ->
                          "Plan "
                              + a.planId()
                              + ": its measures are the "
                              + a.activities()
                              + " activities of "
                              + a.title()));
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Plan " + event.plan().id() + ": its measures did not become an action plan",
          e);
    }
  }
}
