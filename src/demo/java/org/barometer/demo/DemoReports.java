package org.barometer.demo;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barometer.actionplan.application.ActionPlanService;
import org.barometer.goals.application.PlanEntry;
import org.barometer.goals.application.Plans;
import org.barometer.report.application.ReportService;
import org.barometer.report.domain.IssuedReport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A December yearly report issued for each demo plan that has an action plan and no report yet, as
 * of today (so the status round's reports of this morning count), in the municipality's language.
 *
 * <p>A servlet of its own that starts after {@link DemoStatusRounds} (load-on-startup 102 after
 * 101), so that the plans, their action plans and the round's reports are there.
 */
@WebServlet(urlPatterns = "/demo-reports", loadOnStartup = 102)
public class DemoReports extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DemoReports.class.getName());

  @Inject
  @ConfigProperty(name = "barometer.demo", defaultValue = "false")
  transient boolean enabled;

  @Inject transient Plans plans;
  @Inject transient ActionPlanService actionPlans;
  @Inject transient ReportService reports;

  @Override
  public void init() {
    if (!enabled) {
      return;
    }
    for (PlanEntry plan : plans.all()) {
      try {
        if (!actionPlans.actionPlans(plan.id()).isEmpty() && reports.reports(plan.id()).isEmpty()) {
          IssuedReport r = reports.issue(plan.id(), reports.today(), Optional.empty(), "analyst");
          LOG.info(
              () ->
                  "Demo report: "
                      + r.title()
                      + " for "
                      + plan.id()
                      + " at /api/plans/"
                      + plan.id()
                      + "/reports/"
                      + r.id()
                      + ".pdf");
        }
      } catch (RuntimeException e) {
        LOG.log(Level.SEVERE, "Issuing the demo report of " + plan.id() + " failed", e);
      }
    }
  }
}
