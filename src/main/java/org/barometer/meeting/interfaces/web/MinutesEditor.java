package org.barometer.meeting.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.barometer.meeting.application.GoalCatalogue;
import org.barometer.meeting.application.MinutesMail;
import org.barometer.meeting.application.MinutesService;
import org.barometer.meeting.domain.FollowUp;
import org.barometer.meeting.domain.FollowUpStatus;
import org.barometer.meeting.domain.GoalLink;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.Messages;

/**
 * The minutes part of the organiser's meeting page ({@link MeetingAdminPage}): the minutes to write
 * and mail to those who attended, and the follow-up points with their goals. Every staff role reads
 * them on {@link MinutesPage}.
 */
@Named
@ViewScoped
public class MinutesEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MinutesService minutes;
  @Inject MinutesMail minutesMail;
  @Inject MeetingAdminPage page;

  private boolean read;
  private String minutesText;
  private String followUpText;
  private String followUpOwner;
  private LocalDate followUpDue;
  private String followUpGoal;
  private transient List<GoalCatalogue.PlanGoal> goalChoices;

  @StaffAction(Role.ORGANISER)
  public void saveMinutes() {
    Messages.attempt(
        () ->
            minutes.saveMinutes(
                page.getId(),
                minutesText,
                FacesContext.getCurrentInstance().getExternalContext().getRemoteUser()),
        Messages.text("meeting.staff.minutesSaved"));
  }

  /** Mails the minutes as saved to everyone marked as attended. */
  @StaffAction(Role.ORGANISER)
  public void mailMinutes() {
    Messages.attempt(
        () -> {
          var sent = minutesMail.send(page.getId());
          Messages.info(
              Messages.text("meeting.staff.minutesMailed", sent.mailed(), sent.attended()));
        });
    page.forgetUnsent();
  }

  public List<FollowUp> getFollowUps() {
    return minutes.followUps(page.getId());
  }

  @StaffAction(Role.ORGANISER)
  public void addFollowUp() {
    if (Messages.attempt(
        () ->
            minutes.addFollowUp(
                new FollowUp(
                    null,
                    page.getId(),
                    followUpText,
                    followUpOwner,
                    followUpDue,
                    FollowUpStatus.OPEN,
                    GoalLink.ofKey(followUpGoal))),
        Messages.text("meeting.staff.followUpAdded"))) {
      followUpText = null;
      followUpOwner = null;
      followUpDue = null;
      followUpGoal = null;
    }
  }

  @StaffAction(Role.ORGANISER)
  public void markFollowUp(long followUpId, String status) {
    Messages.attempt(
        () -> minutes.setStatus(followUpId, FollowUpStatus.valueOf(status)),
        Messages.text("meeting.staff.followUpChanged"));
  }

  /** The picker of goals: one group per plan, sub-goals indented under their goal. */
  public List<SelectItem> getGoalItems() {
    return GoalItems.of(goals());
  }

  /** The goal a follow-up point serves in words, "plan: goal"; the ids if the plan dropped it. */
  public String goalText(FollowUp f) {
    if (f.goal() == null) {
      return null;
    }
    return goals().stream()
        .filter(g -> g.planId().equals(f.goal().planId()) && g.goalId().equals(f.goal().goalId()))
        .map(g -> g.planTitle() + ": " + g.goalTitle())
        .findFirst()
        .orElse(f.goal().key() + " (" + Messages.text("meeting.followUps.goalGone") + ")");
  }

  private List<GoalCatalogue.PlanGoal> goals() {
    if (goalChoices == null) {
      goalChoices = minutes.goalChoices();
    }
    return goalChoices;
  }

  /** The minutes as saved, read once for the view; then what the organiser types. */
  public String getMinutesText() {
    if (!read) {
      minutesText = minutes.minutes(page.getId()).map(m -> m.body()).orElse(null);
      read = true;
    }
    return minutesText;
  }

  public void setMinutesText(String minutesText) {
    this.minutesText = minutesText;
    read = true;
  }

  public String getFollowUpText() {
    return followUpText;
  }

  public void setFollowUpText(String followUpText) {
    this.followUpText = followUpText;
  }

  public String getFollowUpOwner() {
    return followUpOwner;
  }

  public void setFollowUpOwner(String followUpOwner) {
    this.followUpOwner = followUpOwner;
  }

  public LocalDate getFollowUpDue() {
    return followUpDue;
  }

  public void setFollowUpDue(LocalDate followUpDue) {
    this.followUpDue = followUpDue;
  }

  public String getFollowUpGoal() {
    return followUpGoal;
  }

  public void setFollowUpGoal(String followUpGoal) {
    this.followUpGoal = followUpGoal;
  }
}
