package org.barometer.meeting.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.barometer.meeting.application.FeedbackService;
import org.barometer.meeting.application.FeedbackService.FeedbackProgress;
import org.barometer.meeting.application.MailRetry;
import org.barometer.meeting.application.MeetingOverview;
import org.barometer.meeting.application.MeetingService;
import org.barometer.meeting.application.RegistrationService;
import org.barometer.meeting.application.UnsentMail;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationStatus;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.platform.web.Messages;

/**
 * One meeting for its organiser: seats, everyone registered and the waiting list in order, the
 * capacity, a change or cancellation told to all, the feedback survey and refused mail. The same
 * page's invitations are {@link MeetingInvitationsPage}, its minutes and follow-up points {@link
 * MinutesEditor}.
 */
@Named
@ViewScoped
public class MeetingAdminPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MeetingService meetings;
  @Inject RegistrationService registrations;
  @Inject FeedbackService feedbackSurvey;
  @Inject MailRetry mailRetry;
  @Inject LanguageChoice language;

  private long id;
  private transient MeetingOverview overview;
  private Integer capacity;
  private String cancelReason;
  private transient Optional<FeedbackProgress> feedback;
  private transient List<UnsentMail> unsent;

  @StaffAction(Role.ORGANISER)
  public void load() {
    overview = meetings.overview(id);
    capacity = overview.meeting().capacity();
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

  /**
   * After a change the overview shows (an invitation): read it again when next shown. Called by the
   * page's other beans from their organiser's actions, and guarded as they are.
   */
  @StaffAction(Role.ORGANISER)
  public void forgetOverview() {
    overview = null;
  }

  /** After mail went out (the minutes): read the refused ones again when next shown. */
  @StaffAction(Role.ORGANISER)
  public void forgetUnsent() {
    unsent = null;
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
}
