package org.barometer.actionplan.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
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

  @Inject transient StatusRoundService rounds;

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

  /** Opens the round and goes to its page, which says how many mails went out. */
  @StaffAction(Role.ANALYST)
  public void open() {
    if (actionPlanId == null) {
      Messages.error(Messages.text("round.open.choose"));
      return;
    }
    StatusRoundService.Opening[] opened = new StatusRoundService.Opening[1];
    boolean ok =
        Messages.attempt(() -> opened[0] = rounds.open(actionPlanId, title, reportBy, user()));
    if (!ok) {
      return;
    }
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    Messages.info(
        Messages.text("round.open.done", opened[0].mailing().sent(), opened[0].mailing().failed()));
    try {
      faces
          .getExternalContext()
          .redirect(
              faces.getExternalContext().getRequestContextPath()
                  + "/staff/rounds/round.xhtml?id="
                  + opened[0].round().round().id());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
