package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.MeetingRepository;
import org.barometer.meeting.domain.PendingRegistration;
import org.barometer.meeting.domain.PendingRegistrations;
import org.barometer.meeting.domain.Refusal;
import org.barometer.meeting.domain.Registrant;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationRefusedException;
import org.barometer.meeting.domain.RegistrationRepository;
import org.barometer.meeting.domain.RegistrationRequest;
import org.barometer.meeting.domain.RegistrationStatus;
import org.barometer.meeting.domain.SeatAllocation;
import org.barometer.meeting.domain.SeatCounts;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.shared.PersonalToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A person registering for a meeting, seeing their registration and cancelling it from their
 * personal link. From the public page a registration is held until the person confirms it from the
 * link mailed to the address they gave (double opt-in), so that nobody can take seats or have mail
 * sent in the name of addresses they do not read.
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

  /** How long a confirmation link mailed to a person registering on the public page works. */
  public static final Duration CONFIRM_WITHIN = Duration.ofHours(24);

  /** The retention period stated to registrants unless configured otherwise. */
  public static final int DEFAULT_RETENTION_DAYS = 365;

  MeetingTransactions tx;
  MeetingRepository meetings;
  RegistrationRepository registrations;
  PendingRegistrations pending;
  MeetingLinks links;
  SeatKeeper seats;
  Notices notices;

  int retentionDays;
  Clock clock;

  protected RegistrationService() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public RegistrationService(
      MeetingTransactions tx,
      MeetingRepository meetings,
      RegistrationRepository registrations,
      PendingRegistrations pending,
      MeetingLinks links,
      SeatKeeper seats,
      Notices notices,
      @ConfigProperty(name = RETENTION_KEY, defaultValue = "" + DEFAULT_RETENTION_DAYS)
          int retentionDays,
      Clock clock) {
    this.tx = tx;
    this.meetings = meetings;
    this.registrations = registrations;
    this.pending = pending;
    this.links = links;
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
   * Asks a person from the public page to confirm their address: mails a link that, opened before
   * {@link #CONFIRM_WITHIN} has passed, registers them ({@link #confirm}). Until then they hold no
   * seat. The answer is the same whether or not the address is registered already: if it is, the
   * mail says so and links to the registration instead, so nobody learns from the answer who signed
   * up.
   *
   * @throws RegistrationRefusedException with the reason: no consent, the meeting cancelled, the
   *     deadline passed or not invited (none of which depends on the address)
   * @throws NotFoundException if there is no such meeting
   */
  public PendingAnswer request(long meetingId, RegistrationRequest request) {
    if (!request.consent()) {
      throw new RegistrationRefusedException(Refusal.NO_CONSENT);
    }
    Instant now = clock.instant();
    Instant expires = now.plus(CONFIRM_WITHIN);
    notices.afterCommit(
        tx,
        mail -> {
          Meeting meeting = meetings.find(meetingId).orElseThrow(() -> noMeeting(meetingId));
          refuseIfClosed(meeting, request, now);
          Registrant person = request.registrant();
          var registered = registrations.active(meetingId, person.emailKey());
          PersonalToken token = PersonalToken.generate();
          if (registered.isPresent()) {
            long id = registered.get().id();
            registrations.addToken(id, token.hash());
            mail.add(notice(NoticeKind.ALREADY_REGISTERED, meeting, id, request, token, 0));
          } else {
            pending.add(new PendingRegistration(token.hash(), meetingId, request, now, expires));
            mail.add(notice(NoticeKind.REQUESTED, meeting, null, request, token, 0));
          }
          return null;
        });
    return new PendingAnswer(expires);
  }

  /**
   * Registers the person behind a confirmation link: confirmed if a seat is free and nobody waits,
   * else on the waiting list; the link then shows the registration. Opening it again, or after
   * registering by another link, shows the registration as it is.
   *
   * @throws NotFoundException if the link is unknown or has expired
   * @throws RegistrationRefusedException if the meeting closed for registration meanwhile
   */
  public RegistrationReceipt confirm(String token) {
    PersonalToken link = parse(token);
    Instant now = clock.instant();
    return notices.afterCommit(
        tx,
        mail -> {
          var registered = registrations.byTokenHash(link.hash());
          if (registered.isPresent()) {
            return RegistrationReceipt.of(registered.get());
          }
          PendingRegistration request =
              pending
                  .byTokenHash(link.hash())
                  .filter(p -> !p.expired(now))
                  .orElseThrow(RegistrationService::unknownLink);
          boolean mine = pending.remove(link.hash());
          Meeting meeting = meetings.lock(request.meetingId()).orElseThrow();
          if (!mine) { // a second click, confirmed meanwhile by the first
            return RegistrationReceipt.of(
                registrations
                    .byTokenHash(link.hash())
                    .orElseThrow(RegistrationService::unknownLink));
          }
          refuseIfClosed(meeting, request.request(), now);
          var already =
              registrations.active(meeting.id(), request.request().registrant().emailKey());
          if (already.isPresent()) {
            registrations.addToken(already.get().id(), link.hash());
            return RegistrationReceipt.of(already.get());
          }
          return allocate(meeting, request.request(), link, clock.instant(), mail);
        });
  }

  /** A confirmation link that has not been opened yet, with its meeting; empty if there is none. */
  public Optional<PendingView> pending(String token) {
    PersonalToken link = parse(token);
    Instant now = clock.instant();
    return tx.inTransaction(
        () ->
            pending
                .byTokenHash(link.hash())
                .filter(p -> !p.expired(now))
                .map(p -> new PendingView(p, meetings.find(p.meetingId()).orElseThrow())));
  }

  /**
   * Registers a person whose address needs no confirmation (staff registering on someone's behalf,
   * and the tests): confirmed if a seat is free and nobody waits, else on the waiting list.
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
          refuseIfClosed(meeting, request, now);
          if (registrations.activeEmail(meetingId, request.registrant().emailKey())) {
            throw new RegistrationRefusedException(Refusal.ALREADY_REGISTERED);
          }
          return allocate(meeting, request, PersonalToken.generate(), clock.instant(), mail);
        });
  }

  private void refuseIfClosed(Meeting meeting, RegistrationRequest request, Instant now) {
    meeting
        .registrationRefusal(
            now,
            meetings.invited(meeting.id(), request.registrant().orgNumber())
                || meetings.guestInvited(meeting.id(), request.registrant().emailKey()))
        .ifPresent(
            reason -> {
              throw new RegistrationRefusedException(reason);
            });
  }

  /**
   * Gives the person a seat or a place in line; the caller holds the meeting's lock. {@code now} is
   * read under that lock, so the order of registration times is the order of allocation, which the
   * waiting-list positions are read by.
   */
  private RegistrationReceipt allocate(
      Meeting meeting,
      RegistrationRequest request,
      PersonalToken link,
      Instant now,
      List<Notice> mail) {
    SeatCounts counts = registrations.counts(meeting.id());
    RegistrationStatus status =
        SeatAllocation.place(meeting.capacity(), counts.confirmed(), counts.waiting());
    long id = registrations.add(Registration.of(meeting.id(), request, status, now, retentionDays));
    registrations.addToken(id, link.hash());
    int position = status == RegistrationStatus.WAITING ? counts.waiting() + 1 : 0;
    mail.add(
        notice(
            status == RegistrationStatus.CONFIRMED ? NoticeKind.CONFIRMED : NoticeKind.WAITING,
            meeting,
            id,
            request,
            link,
            position));
    return new RegistrationReceipt(id, status, position);
  }

  private Notice notice(
      NoticeKind kind,
      Meeting meeting,
      Long registrationId,
      RegistrationRequest request,
      PersonalToken link,
      int position) {
    return new Notice(
        kind,
        meeting,
        registrationId,
        request.registrant().name(),
        request.registrant().email(),
        request.language(),
        links.registration(link),
        position,
        kind == NoticeKind.CONFIRMED,
        retentionDays);
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
    return registrations
        .byTokenHash(parse(token).hash())
        .orElseThrow(RegistrationService::unknownLink);
  }

  private static PersonalToken parse(String token) {
    try {
      return PersonalToken.of(token);
    } catch (IllegalArgumentException e) {
      throw unknownLink();
    }
  }

  private static NotFoundException unknownLink() {
    return new NotFoundException("No registration for this link, or it has expired");
  }

  public static NotFoundException noMeeting(long id) {
    return new NotFoundException("No meeting " + id);
  }
}
