package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.barometer.meeting.domain.Guest;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.MeetingRepository;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.survey.domain.register.OrgNumber;

/**
 * Staff (role organiser) inviting to a meeting: businesses of the register by org number, and
 * people from outside it (politicians, NHO and LO, other public bodies) by e-mail. Each invitation
 * mails the meeting's registration page. The meeting row is locked as registrations lock it, so an
 * invitation cannot cross a cancellation.
 *
 * <p>Not {@code @Transactional}: each method is one JDBC unit of work ({@link
 * MeetingTransactions}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class MeetingInvitations {

  MeetingTransactions tx;
  MeetingRepository meetings;
  RegisterLookup register;
  MeetingLinks links;
  Notices notices;
  Clock clock;

  protected MeetingInvitations() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public MeetingInvitations(
      MeetingTransactions tx,
      MeetingRepository meetings,
      RegisterLookup register,
      MeetingLinks links,
      Notices notices,
      Clock clock) {
    this.tx = tx;
    this.meetings = meetings;
    this.register = register;
    this.links = links;
    this.notices = notices;
    this.clock = clock;
  }

  /**
   * Invites businesses from the register to the meeting, by org number, and e-mails each the
   * meeting's registration page. Numbers that fail their check digit or are not in the register
   * refuse the whole call, each one named.
   *
   * @return how many invitations were sent
   */
  public int invite(long meetingId, List<String> orgNumbers) {
    List<String> digits = new ArrayList<>();
    List<String> bad = new ArrayList<>();
    for (String raw : orgNumbers) {
      try {
        digits.add(OrgNumber.parse(raw).value());
      } catch (IllegalArgumentException e) {
        bad.add(e.getMessage());
      }
    }
    if (!bad.isEmpty()) {
      throw new InvalidInputException("orgNumbers", String.join("; ", bad));
    }
    List<Notice> mail = new ArrayList<>();
    tx.run(
        () -> {
          mail.clear();
          Meeting m = lockedOpen(meetingId);
          var found = register.businesses(digits);
          List<String> unknown =
              digits.stream()
                  .filter(d -> found.stream().noneMatch(b -> b.orgNumber().equals(d)))
                  .toList();
          if (!unknown.isEmpty()) {
            throw new InvalidInputException(
                "orgNumbers", "Not in the business register: " + String.join(", ", unknown));
          }
          meetings.invite(meetingId, digits, clock.instant());
          found.forEach(b -> mail.add(invitation(m, b.name(), b.email())));
        });
    return notices.send(mail);
  }

  /**
   * Invites people from outside the business register by e-mail and mails each the meeting's
   * registration page. Those invited before, by address, are not mailed again.
   *
   * @return how many invitations were sent
   */
  public int inviteGuests(long meetingId, List<Guest> guests) {
    if (guests.isEmpty()) {
      throw new InvalidInputException("guests", "Name at least one person to invite");
    }
    List<Notice> mail = new ArrayList<>();
    tx.run(
        () -> {
          mail.clear();
          Meeting m = lockedOpen(meetingId);
          for (Guest g : meetings.inviteGuests(meetingId, guests, clock.instant())) {
            mail.add(invitation(m, g.name(), g.email()));
          }
        });
    return notices.send(mail);
  }

  /** The people from outside the register invited to the meeting. */
  public List<Guest> guests(long meetingId) {
    return tx.inTransaction(
        () -> {
          meetings.find(meetingId).orElseThrow(() -> RegistrationService.noMeeting(meetingId));
          return meetings.guests(meetingId);
        });
  }

  /** The meeting, locked; a cancelled one takes no more invitations. */
  private Meeting lockedOpen(long meetingId) {
    Meeting m =
        meetings.lock(meetingId).orElseThrow(() -> RegistrationService.noMeeting(meetingId));
    if (m.cancelled()) {
      throw new ConflictException("meeting", "The meeting is cancelled");
    }
    return m;
  }

  private Notice invitation(Meeting m, String name, String email) {
    return new Notice(
        NoticeKind.INVITED,
        m,
        null,
        name,
        email,
        m.details().language(),
        links.meeting(m),
        0,
        false,
        0);
  }
}
