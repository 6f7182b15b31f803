package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.MeetingRepository;
import org.barometer.meeting.domain.Refusal;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationRefusedException;
import org.barometer.meeting.domain.RegistrationRepository;
import org.barometer.meeting.domain.RegistrationRequest;
import org.barometer.meeting.domain.RegistrationStatus;
import org.barometer.meeting.domain.SeatAllocation;
import org.barometer.meeting.domain.SeatCounts;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.survey.domain.PersonalToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A person registering for a meeting, seeing their registration and cancelling it from their
 * personal link.
 *
 * <p>Every allocation happens with the meeting's row locked ({@link MeetingRepository#lock}), so
 * simultaneous registrations are served one after the other and can never confirm more people than
 * there are seats. A second registration of the same address is refused by a check under that lock
 * and, should anything slip past it, by the database's unique key. E-mails go out after commit.
 *
 * <p>Not {@code @Transactional}: the unit of work is a JDBC transaction of its own ({@link
 * MeetingTransactions}); any container transaction of a caller is suspended.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class RegistrationService {

  /** The config key for how long registrants' personal data are kept after their meeting. */
  public static final String RETENTION_KEY = "barometer.meetings.retention-days";

  /** The retention period stated to registrants unless configured otherwise. */
  public static final int DEFAULT_RETENTION_DAYS = 365;

  @Inject MeetingTransactions tx;
  @Inject MeetingRepository meetings;
  @Inject RegistrationRepository registrations;
  @Inject SeatKeeper seats;
  @Inject Notices notices;

  @Inject
  @ConfigProperty(name = RETENTION_KEY, defaultValue = "" + DEFAULT_RETENTION_DAYS)
  int retentionDays;

  Clock clock = Clock.systemUTC();

  protected RegistrationService() {}

  /** For use outside a container. */
  public RegistrationService(
      MeetingTransactions tx,
      MeetingRepository meetings,
      RegistrationRepository registrations,
      SeatKeeper seats,
      Notices notices,
      int retentionDays,
      Clock clock) {
    this.tx = tx;
    this.meetings = meetings;
    this.registrations = registrations;
    this.seats = seats;
    this.notices = notices;
    this.retentionDays = retentionDays;
    this.clock = clock;
  }

  /** The retention period a registrant consents to, in days after the meeting. */
  public int retentionDays() {
    return retentionDays;
  }

  /**
   * Registers a person: confirmed if a seat is free and nobody waits, else on the waiting list.
   *
   * @throws RegistrationRefusedException with the reason: no consent, the meeting cancelled, the
   *     deadline passed, not invited, or the address already registered
   * @throws NotFoundException if there is no such meeting
   */
  public RegistrationReceipt register(long meetingId, RegistrationRequest request) {
    if (!request.consent()) {
      throw new RegistrationRefusedException(Refusal.NO_CONSENT);
    }
    Instant now = clock.instant();
    return notices.afterCommit(
        tx,
        mail -> {
          Meeting meeting = meetings.lock(meetingId).orElseThrow(() -> noMeeting(meetingId));
          String org = request.registrant().orgNumber();
          meeting
              .registrationRefusal(now, meetings.invited(meetingId, org))
              .ifPresent(
                  reason -> {
                    throw new RegistrationRefusedException(reason);
                  });
          if (registrations.activeEmail(meetingId, request.registrant().emailKey())) {
            throw new RegistrationRefusedException(Refusal.ALREADY_REGISTERED);
          }
          SeatCounts counts = registrations.counts(meetingId);
          RegistrationStatus status =
              SeatAllocation.place(meeting.capacity(), counts.confirmed(), counts.waiting());
          long id =
              registrations.add(Registration.of(meetingId, request, status, now, retentionDays));
          String link = seats.issueLink(id);
          int position = status == RegistrationStatus.WAITING ? counts.waiting() + 1 : 0;
          mail.add(
              new Notice(
                  status == RegistrationStatus.CONFIRMED
                      ? NoticeKind.CONFIRMED
                      : NoticeKind.WAITING,
                  meeting,
                  id,
                  request.registrant().name(),
                  request.registrant().email(),
                  request.language(),
                  link,
                  position,
                  status == RegistrationStatus.CONFIRMED,
                  retentionDays));
          return new RegistrationReceipt(id, status, position, link);
        });
  }

  /** The registration behind a personal link, with its meeting. */
  public RegistrationView find(String token) {
    return tx.inTransaction(
        () -> {
          Registration r = byToken(token);
          return new RegistrationView(r, meetings.find(r.meetingId()).orElseThrow());
        });
  }

  /**
   * Cancels the registration behind a personal link. If it held a seat, the first on the waiting
   * list gets it and is told by e-mail.
   */
  public Registration cancel(String token) {
    Registration r = tx.inTransaction(() -> byToken(token));
    return cancel(r.id());
  }

  /** Cancels a registration on staff's behalf (a phone call, an e-mail), as {@link #cancel}. */
  public Registration cancel(long registrationId) {
    Instant now = clock.instant();
    return notices.afterCommit(
        tx,
        mail -> {
          Registration r =
              registrations
                  .find(registrationId)
                  .orElseThrow(() -> new NotFoundException("No registration " + registrationId));
          Meeting meeting = meetings.lock(r.meetingId()).orElseThrow();
          if (r.status() == RegistrationStatus.CANCELLED) {
            throw new ConflictException("registration", "The registration is already cancelled");
          }
          registrations.setStatus(r.id(), RegistrationStatus.CANCELLED, now);
          mail.addAll(seats.fillFreeSeats(meeting, now));
          return registrations.find(r.id()).orElseThrow();
        });
  }

  private Registration byToken(String token) {
    PersonalToken parsed;
    try {
      parsed = PersonalToken.of(token);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("No registration for this link");
    }
    return registrations
        .byTokenHash(parsed.hash())
        .orElseThrow(() -> new NotFoundException("No registration for this link"));
  }

  static NotFoundException noMeeting(long id) {
    return new NotFoundException("No meeting " + id);
  }
}
