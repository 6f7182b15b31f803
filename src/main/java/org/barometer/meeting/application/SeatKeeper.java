package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationRepository;
import org.barometer.meeting.domain.SeatAllocation;
import org.barometer.meeting.domain.SeatCounts;
import org.barometer.shared.PersonalToken;

/**
 * Moves people up from the waiting list when seats free up, and issues personal links. Both are
 * shared by registration (a cancellation) and meeting management (a raised capacity). The caller
 * must hold the meeting's row lock, so nobody else allocates the same seats meanwhile.
 */
@ApplicationScoped
public class SeatKeeper {

  RegistrationRepository registrations;
  MeetingLinks links;

  protected SeatKeeper() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public SeatKeeper(RegistrationRepository registrations, MeetingLinks links) {
    this.registrations = registrations;
    this.links = links;
  }

  /**
   * Promotes as many as there are free seats, first in line first; one notice each. Nobody moves up
   * once the meeting is cancelled or has begun.
   */
  public List<Notice> fillFreeSeats(Meeting locked, Instant now) {
    if (locked.cancelled() || !now.isBefore(locked.details().zonedStart().toInstant())) {
      return List.of(); // nobody is told of a seat at a meeting that is off or has begun
    }
    SeatCounts counts = registrations.counts(locked.id());
    List<Registration> promoted =
        SeatAllocation.promotions(
            locked.capacity(), counts.confirmed(), registrations.waiting(locked.id()));
    List<Notice> notices = new ArrayList<>();
    for (Registration r : promoted) {
      registrations.setStatus(
          r.id(), org.barometer.meeting.domain.RegistrationStatus.CONFIRMED, now);
      if (r.email() != null) {
        notices.add(
            new Notice(
                NoticeKind.PROMOTED,
                locked,
                r.id(),
                r.registrant().name(),
                r.email(),
                r.language(),
                issueLink(r.id()),
                0,
                true,
                r.retentionDays()));
      }
    }
    return notices;
  }

  /** A new personal link for the registration; links issued before keep working. */
  public String issueLink(long registrationId) {
    PersonalToken token = PersonalToken.generate();
    registrations.addToken(registrationId, token.hash());
    return links.registration(token);
  }
}
