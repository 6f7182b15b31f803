package org.barometer.meeting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.barometer.meeting.MeetingFixtures;
import org.barometer.meeting.MeetingWorld;
import org.barometer.meeting.domain.Access;
import org.barometer.meeting.domain.Guest;
import org.barometer.meeting.domain.ParticipantKind;
import org.barometer.meeting.domain.Refusal;
import org.barometer.meeting.domain.Registrant;
import org.barometer.meeting.domain.RegistrationRefusedException;
import org.barometer.meeting.domain.RegistrationRequest;
import org.barometer.meeting.domain.RegistrationStatus;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.i18n.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * People from outside the business register: politicians, NHO and LO, other public bodies register
 * without an org number, can be invited by e-mail, and do not count as businesses.
 */
class OutsideParticipantsTest {

  private MeetingWorld world;
  private long forumId;

  @BeforeEach
  void forum() {
    world = new MeetingWorld();
    forumId = world.forum().id();
  }

  private static RegistrationRequest politician(String email) {
    return new RegistrationRequest(
        new Registrant(
            "Ola Ordfører",
            email,
            null,
            "Sandefjord kommune, formannskapet",
            "Ordfører",
            null,
            null,
            ParticipantKind.POLITICIAN),
        Language.NB,
        true);
  }

  @Test
  void onlyABusinessNeedsAnOrgNumber() {
    var noOrg =
        assertThrows(
            InvalidInputException.class,
            () ->
                new RegistrationRequest(
                    new Registrant("Kari", "kari@firma.no", null, "Firma AS", null, null, null),
                    Language.NB,
                    true));
    assertEquals("orgNumber", noOrg.field());
    var noOrganisation =
        assertThrows(
            InvalidInputException.class,
            () ->
                new RegistrationRequest(
                    new Registrant(
                        "Per",
                        "per@lo.no",
                        null,
                        null,
                        null,
                        null,
                        null,
                        ParticipantKind.ORGANISATION),
                    Language.NB,
                    true));
    assertEquals("companyName", noOrganisation.field());
  }

  @Test
  void aPoliticianRegistersAndDoesNotCountAsABusiness() {
    long meeting = world.meetings.createMeeting(forumId, MeetingFixtures.breakfast(5)).id();
    var kari =
        world.registration.register(meeting, MeetingFixtures.request("Kari", "kari@firma.no"));
    var ola = world.registration.register(meeting, politician("ola@sandefjord.kommune.no"));
    assertEquals(RegistrationStatus.CONFIRMED, ola.status());
    world.attendance.checkIn(kari.registrationId());
    world.attendance.checkIn(ola.registrationId());

    var stored = world.meetings.overview(meeting).registrations();
    assertEquals(
        List.of(ParticipantKind.BUSINESS, ParticipantKind.POLITICIAN),
        stored.stream().map(r -> r.registrant().kind()).toList());
    assertEquals(null, stored.get(1).orgNumber());
    // a public body with an org number of its own is still not a business taking part
    var county =
        world.registration.register(
            meeting,
            new RegistrationRequest(
                new Registrant(
                    "Vera",
                    "vera@vfk.no",
                    MeetingFixtures.ORG_A,
                    "Vestfold fylkeskommune",
                    null,
                    null,
                    null,
                    ParticipantKind.PUBLIC_BODY),
                Language.NB,
                true));
    world.attendance.checkIn(county.registrationId());
    assertEquals(1, world.engagement.engagement(MeetingFixtures.ORG_A).attended());
  }

  @Test
  void aGuestInvitedByEmailMayRegisterForAMeetingByInvitation() {
    long closed =
        world.meetings.createMeeting(forumId, MeetingFixtures.breakfast(5, Access.INVITATION)).id();
    var refused =
        assertThrows(
            RegistrationRefusedException.class,
            () -> world.registration.register(closed, politician("ola@sandefjord.kommune.no")));
    assertEquals(Refusal.NOT_INVITED, refused.reason());

    Guest ola =
        new Guest(
            "Ola Ordfører",
            "Ola@Sandefjord.kommune.no",
            "Formannskapet",
            ParticipantKind.POLITICIAN);
    assertEquals(1, world.invitations.inviteGuests(closed, List.of(ola)));
    Notice invitation = world.sent.get(world.sent.size() - 1);
    assertEquals(NoticeKind.INVITED, invitation.kind());
    assertEquals("Ola@Sandefjord.kommune.no", invitation.email());
    assertEquals(0, world.invitations.inviteGuests(closed, List.of(ola)), "not mailed twice");
    assertEquals(1, world.invitations.guests(closed).size());

    assertEquals(
        RegistrationStatus.CONFIRMED,
        world.registration.register(closed, politician("ola@sandefjord.kommune.no")).status());
    assertThrows(
        RegistrationRefusedException.class,
        () -> world.registration.register(closed, politician("someone@else.no")));
    assertEquals(
        "kind",
        assertThrows(
                InvalidInputException.class,
                () -> new Guest("Kari", "kari@firma.no", null, ParticipantKind.BUSINESS))
            .field());
  }
}
