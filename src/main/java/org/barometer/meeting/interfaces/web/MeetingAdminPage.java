package org.barometer.meeting.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.barometer.meeting.application.FeedbackService;
import org.barometer.meeting.application.FeedbackService.FeedbackProgress;
import org.barometer.meeting.application.GoalCatalogue;
import org.barometer.meeting.application.MailRetry;
import org.barometer.meeting.application.MeetingOverview;
import org.barometer.meeting.application.MeetingService;
import org.barometer.meeting.application.MinutesMail;
import org.barometer.meeting.application.MinutesService;
import org.barometer.meeting.application.RegistrationService;
import org.barometer.meeting.application.UnsentMail;
import org.barometer.meeting.domain.FollowUp;
import org.barometer.meeting.domain.FollowUpStatus;
import org.barometer.meeting.domain.GoalLink;
import org.barometer.meeting.domain.Guest;
import org.barometer.meeting.domain.ParticipantKind;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationStatus;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.platform.web.Messages;

/**
 * One meeting for its organiser: seats, everyone registered and the waiting list in order, the
 * capacity, a change or cancellation told to all, the minutes and the follow-up points.
 */
@Named
@ViewScoped
public class MeetingAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MeetingService meetings;
  @Inject RegistrationService registrations;
  @Inject MinutesService minutes;
  @Inject FeedbackService feedbackSurvey;
  @Inject MailRetry mailRetry;
  @Inject MinutesMail minutesMail;
  @Inject LanguageChoice language;

  private long id;
  private transient MeetingOverview overview;
  private Integer capacity;
  private String cancelReason;
  private String minutesText;
  private String followUpText;
  private String followUpOwner;
  private LocalDate followUpDue;
  private String followUpGoal;
  private String invitees;
  private String guestName;
  private String guestEmail;
  private String guestOrganisation;
  private String guestKind = ParticipantKind.POLITICIAN.name();
  private transient List<Guest> guests;
  private transient Optional<FeedbackProgress> feedback;
  private transient List<UnsentMail> unsent;
  private transient List<GoalCatalogue.PlanGoal> goalChoices;

  @StaffAction(Role.ORGANISER)
  public void load() {
    overview = meetings.overview(id);
    capacity = overview.meeting().capacity();
    minutesText = minutes.minutes(id).map(m -> m.body()).orElse(null);
  }

  public MeetingOverview getOverview() {
    if (overview == null) {
      load();
    }
    return overview;
  }

  public String getWhen() {
    return MeetingTimes.span(getOverview().meeting().details(), language.getLocale());
  }

  public List<Registration> getActive() {
    return getOverview().registrations().stream()
        .filter(r -> r.status() != RegistrationStatus.CANCELLED)
        .toList();
  }

  @StaffAction(Role.ORGANISER)
  public void changeCapacity() {
    if (capacity == null) {
      return;
    }
    Messages.attempt(
        () -> {
          int promoted = meetings.changeCapacity(id, capacity).promoted();
          Messages.info(Messages.text("meeting.staff.capacityChanged", capacity, promoted));
        });
    overview = null;
  }

  @StaffAction(Role.ORGANISER)
  public void cancelRegistration(long registrationId) {
    Messages.attempt(
        () -> registrations.cancel(registrationId), Messages.text("meeting.staff.cancelledOne"));
    overview = null;
  }

  @StaffAction(Role.ORGANISER)
  public void cancelMeeting() {
    Messages.attempt(
        () -> meetings.cancelMeeting(id, cancelReason),
        Messages.text("meeting.staff.cancelledAll"));
    overview = null;
  }

  @StaffAction(Role.ORGANISER)
  public void notifyRegistrants() {
    Messages.attempt(() -> meetings.notifyRegistrants(id), Messages.text("meeting.staff.notified"));
  }

  /** The meeting's e-mails the mail server refused, waiting to be tried again. */
  public List<UnsentMail> getUnsent() {
    if (unsent == null) {
      unsent = mailRetry.unsent(id);
    }
    return unsent;
  }

  /** Whom an unsent mail is for: the registrant's name and address, or the business's. */
  public String recipient(UnsentMail u) {
    if (u.registrationId() == null) {
      return u.name() + " <" + u.email() + ">";
    }
    return getOverview().registrations().stream()
        .filter(r -> r.id().equals(u.registrationId()) && r.registrant() != null)
        .map(r -> r.registrant().name() + " <" + r.registrant().email() + ">")
        .findFirst()
        .orElse(Messages.text("meeting.staff.anonymised"));
  }

  /** When the mail is tried next, in the meeting's zone, or that it waits for staff. */
  public String nextTry(UnsentMail u) {
    if (u.givenUp()) {
      return Messages.text("meeting.staff.unsent.givenUp", u.attempts());
    }
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(language.getLocale())
        .format(u.nextAttemptAt().atZone(getOverview().meeting().details().zone()));
  }

  @StaffAction(Role.ORGANISER)
  public void retryUnsent() {
    Messages.attempt(
        () -> Messages.info(Messages.text("meeting.staff.unsent.retried", mailRetry.retryNow(id))));
    unsent = null;
  }

  /** The feedback survey's progress; null before it was first sent. */
  public FeedbackProgress getFeedback() {
    if (feedback == null) {
      feedback = feedbackSurvey.progress(id);
    }
    return feedback.orElse(null);
  }

  /** Mails the feedback survey to those marked as attended who have not had it. */
  @StaffAction(Role.ORGANISER)
  public void sendFeedback() {
    Messages.attempt(
        () -> {
          var sent = feedbackSurvey.send(id);
          Messages.info(
              sent.notMailed() == 0
                  ? Messages.text("meeting.staff.feedbackSent", sent.mailed())
                  : Messages.text(
                      "meeting.staff.feedbackSentPartly", sent.mailed(), sent.notMailed()));
        });
    feedback = null;
  }

  /** Invites the businesses of the register by organisation number, one per line or comma. */
  @StaffAction(Role.ORGANISER)
  public void invite() {
    List<String> numbers =
        invitees == null
            ? List.of()
            : Arrays.stream(invitees.split("[,;\\r\\n]+"))
                .map(String::strip)
                .filter(n -> !n.isBlank())
                .toList();
    if (numbers.isEmpty()) {
      Messages.error(Messages.text("meeting.staff.inviteFirst"));
      return;
    }
    Messages.attempt(
        () -> Messages.info(Messages.text("meeting.staff.invited", meetings.invite(id, numbers))));
    invitees = null;
    overview = null;
  }

  /** Invites one person from outside the business register by e-mail. */
  @StaffAction(Role.ORGANISER)
  public void inviteGuest() {
    if (Messages.attempt(
        () ->
            Messages.info(
                Messages.text(
                    "meeting.staff.guestInvited",
                    meetings.inviteGuests(
                        id,
                        List.of(
                            new Guest(
                                guestName,
                                guestEmail,
                                guestOrganisation,
                                ParticipantKind.of("kind", guestKind)))))))) {
      guestName = null;
      guestEmail = null;
      guestOrganisation = null;
    }
    guests = null;
  }

  /** The people from outside the register invited so far. */
  public List<Guest> getGuests() {
    if (guests == null) {
      guests = meetings.guests(id);
    }
    return guests;
  }

  /** The kinds a guest may be: everyone but a business. */
  public List<String> getGuestKinds() {
    return Arrays.stream(ParticipantKind.values())
        .filter(k -> !k.business())
        .map(Enum::name)
        .toList();
  }

  @StaffAction(Role.ORGANISER)
  public void saveMinutes() {
    Messages.attempt(
        () ->
            minutes.saveMinutes(
                id,
                minutesText,
                FacesContext.getCurrentInstance().getExternalContext().getRemoteUser()),
        Messages.text("meeting.staff.minutesSaved"));
  }

  public List<FollowUp> getFollowUps() {
    return minutes.followUps(id);
  }

  @StaffAction(Role.ORGANISER)
  public void addFollowUp() {
    if (Messages.attempt(
        () ->
            minutes.addFollowUp(
                new FollowUp(
                    null,
                    id,
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

  /** Mails the minutes as saved to everyone marked as attended. */
  @StaffAction(Role.ORGANISER)
  public void mailMinutes() {
    Messages.attempt(
        () -> {
          var sent = minutesMail.send(id);
          Messages.info(
              Messages.text("meeting.staff.minutesMailed", sent.mailed(), sent.attended()));
        });
    unsent = null;
  }

  @StaffAction(Role.ORGANISER)
  public void markFollowUp(long followUpId, String status) {
    Messages.attempt(
        () -> minutes.setStatus(followUpId, FollowUpStatus.valueOf(status)),
        Messages.text("meeting.staff.followUpChanged"));
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public String getCancelReason() {
    return cancelReason;
  }

  public void setCancelReason(String cancelReason) {
    this.cancelReason = cancelReason;
  }

  public String getMinutesText() {
    return minutesText;
  }

  public void setMinutesText(String minutesText) {
    this.minutesText = minutesText;
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

  public String getInvitees() {
    return invitees;
  }

  public void setInvitees(String invitees) {
    this.invitees = invitees;
  }

  public String getFollowUpGoal() {
    return followUpGoal;
  }

  public void setFollowUpGoal(String followUpGoal) {
    this.followUpGoal = followUpGoal;
  }

  public String getGuestName() {
    return guestName;
  }

  public void setGuestName(String guestName) {
    this.guestName = guestName;
  }

  public String getGuestEmail() {
    return guestEmail;
  }

  public void setGuestEmail(String guestEmail) {
    this.guestEmail = guestEmail;
  }

  public String getGuestOrganisation() {
    return guestOrganisation;
  }

  public void setGuestOrganisation(String guestOrganisation) {
    this.guestOrganisation = guestOrganisation;
  }

  public String getGuestKind() {
    return guestKind;
  }

  public void setGuestKind(String guestKind) {
    this.guestKind = guestKind;
  }
}
