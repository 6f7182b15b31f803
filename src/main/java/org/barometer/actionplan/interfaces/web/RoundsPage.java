package org.barometer.actionplan.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.barometer.actionplan.application.RoundViews;
import org.barometer.actionplan.application.StatusRoundService;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.Messages;

/**
 * The status rounds of every action plan, and for analysts a round to open: each owner is mailed a
 * personal link at once.
 */
@Named
@ViewScoped
public class RoundsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StatusRoundService rounds;

  private transient List<RoundViews.ActionPlanRounds> actionPlans;
  private Long actionPlanId;
  private String title;
  private LocalDate reportBy;

  public List<RoundViews.ActionPlanRounds> getActionPlans() {
    if (actionPlans == null) {
      actionPlans = rounds.actionPlans();
    }
    return actionPlans;
  }

  /** Opens the round; the page then lists it, with how many mails went out. */
  @StaffAction(Role.ANALYST)
  public void open() {
    if (actionPlanId == null) {
      Messages.error(Messages.text("round.open.choose"));
      return;
    }
    Messages.attempt(
        () -> {
          StatusRoundService.Opening opened = rounds.open(actionPlanId, title, reportBy, user());
          Messages.info(
              Messages.text("round.open.done", opened.mailing().sent(), opened.mailing().failed()));
          actionPlans = null;
          actionPlanId = null;
          title = null;
          reportBy = null;
        });
  }

  private static String user() {
    return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
  }

  public Long getActionPlanId() {
    return actionPlanId;
  }

  public void setActionPlanId(Long actionPlanId) {
    this.actionPlanId = actionPlanId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getReportBy() {
    return reportBy;
  }

  public void setReportBy(LocalDate reportBy) {
    this.reportBy = reportBy;
  }
}
