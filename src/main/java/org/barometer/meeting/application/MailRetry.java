package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barometer.meeting.domain.Attendance;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.MeetingRepository;
import org.barometer.meeting.domain.MinutesRepository;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationRepository;
import org.barometer.meeting.domain.RegistrationStatus;
import org.barometer.survey.application.MailNotSentException;

/**
 * Sends refused meeting e-mails again. Each mail is written anew from the meeting and the
 * registration as they are at the time, with a new personal link, and only while it still applies:
 * a confirmation for a registration since cancelled, or a change to a meeting since cancelled, is
 * dropped rather than sent late and wrong.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class MailRetry {

  private static final Logger LOG = Logger.getLogger(MailRetry.class.getName());

  MeetingTransactions tx;
  UnsentMailStore unsent;
  MeetingRepository meetings;
  RegistrationRepository registrations;
  SeatKeeper seats;
  MeetingLinks links;
  MeetingMailer mailer;
  MinutesRepository minutes;

  Clock clock;

  protected MailRetry() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public MailRetry(
      MeetingTransactions tx,
      UnsentMailStore unsent,
      MeetingRepository meetings,
      RegistrationRepository registrations,
      SeatKeeper seats,
      MeetingLinks links,
      MeetingMailer mailer,
      MinutesRepository minutes,
      Clock clock) {
    this.tx = tx;
    this.unsent = unsent;
    this.meetings = meetings;
    this.registrations = registrations;
    this.seats = seats;
    this.links = links;
    this.mailer = mailer;
    this.minutes = minutes;
    this.clock = clock;
  }

  /** Tries every mail whose time has come; returns how many were sent. */
  public int retryDue() {
    return retry(tx.inTransaction(() -> unsent.due(clock.instant())));
  }

  /** Staff asking for another try of a meeting's unsent mails now, given up ones too. */
  public int retryNow(long meetingId) {
    Instant now = clock.instant();
    tx.run(() -> unsent.retryNow(meetingId, now));
    return retry(tx.inTransaction(() -> unsent.ofMeeting(meetingId)));
  }

  public List<UnsentMail> unsent(long meetingId) {
    return tx.inTransaction(() -> unsent.ofMeeting(meetingId));
  }

  private int retry(List<UnsentMail> due) {
    int sent = 0;
    for (UnsentMail u : due) {
      Optional<Notice> notice = tx.inTransaction(() -> rewrite(u));
      if (notice.isEmpty()) {
        tx.run(() -> unsent.remove(u.id()));
        continue;
      }
      try {
        mailer.send(notice.get());
        tx.run(() -> unsent.remove(u.id()));
        sent++;
      } catch (MailNotSentException | RuntimeException e) {
        Instant now = clock.instant();
        Instant next = UnsentMail.nextAttempt(u.attempts() + 1, now).orElse(null);
        tx.run(() -> unsent.failedAgain(u.id(), e.getMessage(), now, next));
        LOG.log(
            Level.WARNING,
            "Meeting e-mail {0} for meeting {1} refused again ({2} tries): {3}",
            new Object[] {u.kind(), u.meetingId(), u.attempts() + 1, e.getMessage()});
      }
    }
    return sent;
  }

  /** The mail as it would be written now; empty when it no longer applies. */
  private Optional<Notice> rewrite(UnsentMail u) {
    Optional<Meeting> found = meetings.find(u.meetingId());
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Meeting m = found.get();
    if (u.registrationId() == null) {
      return m.cancelled()
          ? Optional.empty()
          : Optional.of(
              new Notice(
                  NoticeKind.INVITED,
                  m,
                  null,
                  u.name(),
                  u.email(),
                  m.details().language(),
                  links.meeting(m),
                  0,
                  false,
                  0));
    }
    Optional<Registration> r = registrations.find(u.registrationId());
    if (r.isEmpty() || r.get().email() == null || !applies(u.kind(), m, r.get())) {
      return Optional.empty();
    }
    Registration reg = r.get();
    if (u.kind() == NoticeKind.MINUTES) {
      return minutes.find(m.id()).map(written -> MinutesMail.notice(m, reg, written.body()));
    }
    return Optional.of(
        new Notice(
            u.kind(),
            m,
            reg.id(),
            reg.registrant().name(),
            reg.email(),
            reg.language(),
            u.kind() == NoticeKind.CANCELLED ? null : seats.issueLink(reg.id()),
            reg.waitingPosition(),
            reg.status() == RegistrationStatus.CONFIRMED,
            reg.retentionDays()));
  }

  private static boolean applies(NoticeKind kind, Meeting m, Registration r) {
    return switch (kind) {
      case CONFIRMED, PROMOTED -> !m.cancelled() && r.status() == RegistrationStatus.CONFIRMED;
      case WAITING -> !m.cancelled() && r.status() == RegistrationStatus.WAITING;
      case CHANGED -> !m.cancelled() && r.status().active();
      case CANCELLED -> m.cancelled() && r.status().active();
      case MINUTES -> r.attendance() == Attendance.ATTENDED;
      case INVITED, FEEDBACK, REQUESTED, ALREADY_REGISTERED -> false;
    };
  }
}
