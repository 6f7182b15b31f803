package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.Minutes;
import org.barometer.meeting.domain.MinutesRepository;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationRepository;
import org.barometer.platform.error.ConflictException;

/**
 * Mails the minutes to everyone marked as attended who has an e-mail address, in the language they
 * registered in. A mail the server refuses is kept and sent again by {@link MailRetry}, written
 * anew from the minutes as they are then. Sending again sends everyone the minutes as they are now.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class MinutesMail {

  MeetingTransactions tx;
  MinutesRepository minutes;
  RegistrationRepository registrations;
  MeetingService meetings;
  Notices notices;

  protected MinutesMail() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public MinutesMail(
      MeetingTransactions tx,
      MinutesRepository minutes,
      RegistrationRepository registrations,
      MeetingService meetings,
      Notices notices) {
    this.tx = tx;
    this.minutes = minutes;
    this.registrations = registrations;
    this.meetings = meetings;
    this.notices = notices;
  }

  /** What a sending did: how many attended with an address, and how many mails went out. */
  public record MinutesSent(int attended, int mailed) {}

  /**
   * @throws ConflictException when the meeting has no minutes yet, or nobody with an address is
   *     marked as attended
   */
  public MinutesSent send(long meetingId) {
    Meeting meeting = meetings.meeting(meetingId);
    Minutes written =
        tx.inTransaction(() -> minutes.find(meetingId))
            .orElseThrow(() -> new ConflictException("minutes", "The meeting has no minutes yet"));
    List<Registration> attended = Attendees.withAddress(tx, registrations, meetingId);
    int mailed =
        notices.send(attended.stream().map(r -> notice(meeting, r, written.body())).toList());
    return new MinutesSent(attended.size(), mailed);
  }

  static Notice notice(Meeting meeting, Registration r, String body) {
    return new Notice(
        NoticeKind.MINUTES,
        meeting,
        r.id(),
        r.registrant().name(),
        r.registrant().email(),
        r.language(),
        null,
        0,
        false,
        r.retentionDays(),
        body);
  }
}
