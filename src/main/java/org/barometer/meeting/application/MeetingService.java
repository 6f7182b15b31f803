package org.barometer.meeting.application;

import static java.util.stream.Collectors.toSet;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.barometer.meeting.domain.Forum;
import org.barometer.meeting.domain.ForumRepository;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.MeetingDetails;
import org.barometer.meeting.domain.MeetingRepository;
import org.barometer.meeting.domain.MeetingStatus;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationRepository;
import org.barometer.meeting.domain.RegistrationStatus;
import org.barometer.meeting.domain.SeatAllocation;
import org.barometer.meeting.domain.SeatCounts;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;

/**
 * Staff (role organiser) creating and editing forums and meetings, and cancelling a meeting
 * (inviting to one is {@link MeetingInvitations}). Capacity changes and cancellations lock the
 * meeting row as registrations do, so they cannot interleave with a registration. Registrants are
 * told of changes after commit, with a calendar entry that has the same UID and a higher SEQUENCE.
 *
 * <p>Not {@code @Transactional}: each method is one JDBC unit of work ({@link
 * MeetingTransactions}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class MeetingService {

  MeetingTransactions tx;
  ForumRepository forums;
  MeetingRepository meetings;
  RegistrationRepository registrations;
  SeatKeeper seats;
  Notices notices;
  GoalCatalogue goals;

  Clock clock;

  protected MeetingService() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public MeetingService(
      MeetingTransactions tx,
      ForumRepository forums,
      MeetingRepository meetings,
      RegistrationRepository registrations,
      SeatKeeper seats,
      Notices notices,
      GoalCatalogue goals,
      Clock clock) {
    this.tx = tx;
    this.goals = goals;
    this.forums = forums;
    this.meetings = meetings;
    this.registrations = registrations;
    this.seats = seats;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * @throws UnknownGoalException when a goal it serves is not a goal of a plan
   */
  public Forum createForum(Forum forum) {
    forum.goals().forEach(goals::require);
    return tx.inTransaction(() -> forum.withId(forums.add(forum)));
  }

  /**
   * @throws UnknownGoalException when a goal it serves is not a goal of a plan
   */
  public Forum updateForum(Forum forum) {
    if (forum.id() == null) {
      throw new InvalidInputException("id", "which forum to update is missing");
    }
    forum.goals().forEach(goals::require);
    return tx.inTransaction(
        () -> {
          forum(forum.id());
          forums.update(forum);
          return forum;
        });
  }

  public Forum forum(long id) {
    return tx.inTransaction(
        () -> forums.find(id).orElseThrow(() -> new NotFoundException("No forum " + id)));
  }

  public List<Forum> forums() {
    return tx.inTransaction(forums::all);
  }

  /** A new meeting of the forum, scheduled, with a calendar UID it keeps for good. */
  public Meeting createMeeting(long forumId, MeetingDetails details) {
    return tx.inTransaction(
        () -> {
          forum(forumId);
          Meeting m =
              new Meeting(
                  null,
                  forumId,
                  UUID.randomUUID() + "@barometer",
                  details,
                  MeetingStatus.SCHEDULED,
                  null,
                  0);
          long id = meetings.add(m, clock.instant());
          return meetings.find(id).orElseThrow();
        });
  }

  public Meeting meeting(long id) {
    return tx.inTransaction(
        () -> meetings.find(id).orElseThrow(() -> RegistrationService.noMeeting(id)));
  }

  public List<Meeting> meetings(long forumId) {
    return tx.inTransaction(() -> meetings.byForum(forumId));
  }

  /**
   * Meetings not yet over, of every forum, soonest first (cancelled ones too, marked so). Civil
   * times are compared in each meeting's own zone.
   */
  public List<Meeting> upcoming() {
    Instant now = clock.instant();
    // a day's margin covers every zone's offset; the exact test is per meeting
    LocalDateTime roughly = LocalDateTime.ofInstant(now, ZoneOffset.UTC).minusDays(1);
    return tx.inTransaction(
        () ->
            meetings.endingAfter(roughly).stream()
                .filter(m -> m.details().zonedEnd().toInstant().isAfter(now))
                .toList());
  }

  /** The day the forum's last meeting held (not cancelled, and over) started, if any. */
  public Optional<LocalDate> lastHeld(long forumId) {
    Instant now = clock.instant();
    return meetings(forumId).stream()
        .filter(m -> !m.cancelled() && !m.details().zonedEnd().toInstant().isAfter(now))
        .map(m -> m.details().start().toLocalDate())
        .max(LocalDate::compareTo);
  }

  /** How many past meetings {@link #past()} lists at most. */
  public static final int PAST_SHOWN = 100;

  /**
   * Meetings that are over, the latest first (at most {@link #PAST_SHOWN}): their minutes,
   * follow-up points and feedback are written after. Cancelled ones are listed too, marked.
   */
  public List<Meeting> past() {
    Instant now = clock.instant();
    LocalDateTime roughly = LocalDateTime.ofInstant(now, ZoneOffset.UTC).plusDays(1);
    return tx.inTransaction(
        () ->
            meetings.startedBefore(roughly, PAST_SHOWN + 50).stream()
                .filter(m -> !m.details().zonedEnd().toInstant().isAfter(now))
                .limit(PAST_SHOWN)
                .toList());
  }

  /** The meeting with its registrations, waiting list (in order) and attendance. */
  public MeetingOverview overview(long meetingId) {
    return tx.inTransaction(
        () ->
            new MeetingOverview(
                meetings
                    .find(meetingId)
                    .orElseThrow(() -> RegistrationService.noMeeting(meetingId)),
                registrations.counts(meetingId),
                registrations.ofMeeting(meetingId),
                meetings.invitations(meetingId)));
  }

  /**
   * Edits a meeting. A raised capacity moves the first on the waiting list up at once; a capacity
   * below the seats already confirmed is refused, since nobody loses a confirmed seat. With {@code
   * notify}, everyone registered is told, and those with a seat get the updated calendar entry.
   */
  public MeetingChange editMeeting(long meetingId, MeetingDetails details, boolean notify) {
    Instant now = clock.instant();
    return notices.afterCommit(
        tx,
        mail -> {
          Meeting old = locked(meetingId);
          if (old.cancelled()) {
            throw new ConflictException("meeting", "The meeting is cancelled");
          }
          SeatCounts counts = registrations.counts(meetingId);
          if (!SeatAllocation.capacityAllowed(details.capacity(), counts.confirmed())) {
            throw new InvalidInputException(
                "capacity",
                "capacity "
                    + details.capacity()
                    + " is below the "
                    + counts.confirmed()
                    + " seats already confirmed");
          }
          Meeting updated = old.changed(details, notify);
          meetings.update(updated, now);
          List<Notice> promoted = seats.fillFreeSeats(updated, now);
          mail.addAll(promoted);
          if (notify) {
            mail.addAll(tellEveryone(updated, NoticeKind.CHANGED, promoted));
          }
          return new MeetingChange(updated, promoted.size(), mail.size() - promoted.size());
        });
  }

  /** Raises (or lowers, down to the confirmed seats) the capacity, without telling anyone else. */
  public MeetingChange changeCapacity(long meetingId, int capacity) {
    Meeting m = meeting(meetingId);
    return editMeeting(meetingId, m.details().withCapacity(capacity), false);
  }

  /**
   * Tells everyone registered that the meeting changed, with the calendar entry (same UID, next
   * SEQUENCE) for those with a seat. For changes made without notifying at the time.
   */
  public MeetingChange notifyRegistrants(long meetingId) {
    Meeting m = meeting(meetingId);
    return editMeeting(meetingId, m.details(), true);
  }

  /**
   * Cancels the meeting: registration is refused from now on, and everyone registered is told,
   * those with a seat with a calendar cancellation (METHOD:CANCEL, same UID, next SEQUENCE).
   */
  public MeetingChange cancelMeeting(long meetingId, String reason) {
    Instant now = clock.instant();
    return notices.afterCommit(
        tx,
        mail -> {
          Meeting old = locked(meetingId);
          if (old.cancelled()) {
            throw new ConflictException("meeting", "The meeting is already cancelled");
          }
          String why = reason == null || reason.isBlank() ? null : reason.strip();
          if (why != null && why.length() > 500) {
            throw new InvalidInputException("reason", "reason is too long, at most 500");
          }
          Meeting cancelled = old.cancelledFor(why);
          meetings.update(cancelled, now);
          mail.addAll(tellEveryone(cancelled, NoticeKind.CANCELLED, List.of()));
          return new MeetingChange(cancelled, 0, mail.size());
        });
  }

  private Meeting locked(long meetingId) {
    return meetings.lock(meetingId).orElseThrow(() -> RegistrationService.noMeeting(meetingId));
  }

  /** A notice to everyone registered (not walk-ins, not those just promoted: they were told). */
  private List<Notice> tellEveryone(Meeting m, NoticeKind kind, List<Notice> alreadyTold) {
    Set<String> told =
        alreadyTold.stream().map(n -> n.email().toLowerCase(Locale.ROOT)).collect(toSet());
    List<Notice> out = new ArrayList<>();
    for (Registration r : registrations.ofMeeting(m.id())) {
      if (r.walkIn()
          || !r.status().active()
          || r.email() == null
          || told.contains(r.registrant().emailKey())) {
        continue;
      }
      out.add(
          new Notice(
              kind,
              m,
              r.id(),
              r.registrant().name(),
              r.email(),
              r.language(),
              kind == NoticeKind.CANCELLED ? null : seats.issueLink(r.id()),
              r.waitingPosition(),
              r.status() == RegistrationStatus.CONFIRMED,
              r.retentionDays()));
    }
    return out;
  }
}
