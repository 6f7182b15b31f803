package org.barometer.meeting.application;

import static org.barometer.meeting.domain.RegistrationStatus.CANCELLED;
import static org.barometer.meeting.domain.RegistrationStatus.CONFIRMED;
import static org.barometer.meeting.domain.RegistrationStatus.WAITING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.barometer.meeting.MeetingFixtures;
import org.barometer.meeting.MeetingWorld;
import org.barometer.meeting.domain.Access;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.Refusal;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationRefusedException;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registration, the waiting list and its promotions, on H2 with the real migrations. */
class RegistrationServiceTest {

  private MeetingWorld world;
  private long meetingId;
  private final java.util.Map<Long, String> tokens = new java.util.HashMap<>();

  @BeforeEach
  void meeting() {
    world = new MeetingWorld();
    long forum = world.forum().id();
    meetingId = world.meetings.createMeeting(forum, MeetingFixtures.breakfast(2)).id();
  }

  @Test
  void capacityTwoGivesTwoSeatsAndAQueue() {
    var a = register("A");
    var b = register("B");
    var c = register("C");

    assertEquals(
        List.of(CONFIRMED, CONFIRMED, WAITING), List.of(a.status(), b.status(), c.status()));
    assertEquals(1, c.waitingPosition());
    assertEquals(List.of(NoticeKind.CONFIRMED, NoticeKind.CONFIRMED, NoticeKind.WAITING), kinds());
    String link = world.linkOf(a.registrationId());
    assertTrue(link.startsWith("https://barometer.example/m/"), link);
  }

  @Test
  void cancellationPromotesTheFirstOnTheWaitingList() {
    register("A");
    var b = register("B");
    var c = register("C");
    var d = register("D");
    world.sent.clear();

    Registration cancelled = world.registration.cancel(token(b));

    assertEquals(CANCELLED, cancelled.status());
    assertEquals(CONFIRMED, status(c));
    assertEquals(WAITING, status(d));
    assertEquals(1, world.registration.find(token(d)).registration().waitingPosition());
    assertEquals(1, world.sent.size());
    assertEquals(NoticeKind.PROMOTED, world.sent.get(0).kind());
    assertEquals("c@firma.no", world.sent.get(0).email());
    assertTrue(world.sent.get(0).withCalendar());
  }

  @Test
  void nobodyMovesUpOnceTheMeetingHasBegun() {
    register("A");
    var b = register("B");
    var c = register("C");
    world.sent.clear();
    world.clock.set(Instant.parse("2027-03-15T07:00:00Z")); // 08:00 in Oslo: the start

    world.registration.cancel(token(b));

    assertEquals(WAITING, status(c));
    assertEquals(List.of(), world.sent);
  }

  @Test
  void cancellingAWaitingPlaceMovesNobodyUp() {
    register("A");
    register("B");
    var c = register("C");
    var d = register("D");
    world.sent.clear();

    world.registration.cancel(token(c));

    assertEquals(WAITING, status(d));
    assertEquals(1, world.registration.find(token(d)).registration().waitingPosition());
    assertEquals(List.of(), world.sent);
  }

  @Test
  void raisingTheCapacityPromotesTheFirstInLine() {
    register("A");
    register("B");
    var c = register("C");
    var d = register("D");
    var e = register("E");
    world.sent.clear();

    MeetingChange change = world.meetings.changeCapacity(meetingId, 4);

    assertEquals(2, change.promoted());
    assertEquals(List.of(CONFIRMED, CONFIRMED, WAITING), List.of(status(c), status(d), status(e)));
    assertEquals(1, world.registration.find(token(e)).registration().waitingPosition());
    assertEquals(List.of(NoticeKind.PROMOTED, NoticeKind.PROMOTED), kinds());
    assertEquals(4, world.meetings.overview(meetingId).seats().confirmed());
  }

  @Test
  void capacityBelowTheConfirmedSeatsIsRefused() {
    register("A");
    register("B");

    var e =
        assertThrows(
            InvalidInputException.class, () -> world.meetings.changeCapacity(meetingId, 1));
    assertEquals("capacity", e.field());
  }

  @Test
  void afterTheDeadlineRegistrationIsRefusedWithTheReason() {
    world.clock.set(Instant.parse("2027-03-12T15:00:01Z"));

    var e = assertThrows(RegistrationRefusedException.class, () -> register("A"));

    assertEquals(Refusal.DEADLINE_PASSED, e.reason());
    assertEquals("The registration deadline has passed.", e.getMessage());
    assertEquals(0, world.count("select count(*) from meeting_registration"));
  }

  @Test
  void theSameAddressCannotRegisterTwiceWhateverItsCase() {
    world.registration.register(meetingId, MeetingFixtures.request("Kari", "kari.nord@firma.no"));

    var e =
        assertThrows(
            RegistrationRefusedException.class,
            () ->
                world.registration.register(
                    meetingId, MeetingFixtures.request("Kari N.", "Kari.Nord@Firma.NO")));

    assertEquals(Refusal.ALREADY_REGISTERED, e.reason());
    assertEquals(1, world.count("select count(*) from meeting_registration"));
  }

  @Test
  void theDatabaseRefusesADuplicateThatSlipsPastTheCheck() {
    world.registration.register(meetingId, MeetingFixtures.request("Kari", "kari@firma.no"));

    var e =
        assertThrows(
            RegistrationRefusedException.class,
            () ->
                world.tx.run(
                    () ->
                        world.registrations.add(
                            Registration.of(
                                meetingId,
                                MeetingFixtures.request("Kari", "KARI@firma.no"),
                                WAITING,
                                Instant.now(),
                                365))));
    assertEquals(Refusal.ALREADY_REGISTERED, e.reason());
  }

  @Test
  void afterCancellingOneMayRegisterAgain() {
    var first = register("Kari");
    world.registration.cancel(token(first));

    var again =
        world.registration.register(meetingId, MeetingFixtures.request("Kari", "kari@firma.no"));

    assertEquals(CONFIRMED, again.status());
  }

  @Test
  void aCancelledMeetingRefusesAndEveryoneIsTold() {
    register("A");
    register("B");
    register("C");
    world.sent.clear();

    MeetingChange change = world.meetings.cancelMeeting(meetingId, "Taleren ble syk.");

    assertEquals(3, change.notified());
    assertEquals(1, change.meeting().calendarSequence());
    assertTrue(world.sent.stream().allMatch(n -> n.kind() == NoticeKind.CANCELLED));
    assertEquals(2, world.sent.stream().filter(Notice::withCalendar).count());
    var e = assertThrows(RegistrationRefusedException.class, () -> register("D"));
    assertEquals(Refusal.MEETING_CANCELLED, e.reason());
  }

  @Test
  void aNotifiedChangeRaisesTheSequenceAndTellsEveryone() {
    register("A");
    register("B");
    register("C");
    world.sent.clear();
    Meeting before = world.meetings.meeting(meetingId);

    MeetingChange change = world.meetings.notifyRegistrants(meetingId);

    assertEquals(before.calendarSequence() + 1, change.meeting().calendarSequence());
    assertEquals(before.calendarUid(), change.meeting().calendarUid());
    assertEquals(3, change.notified());
    assertEquals(
        List.of(true, true, false), world.sent.stream().map(Notice::withCalendar).toList());
  }

  @Test
  void byInvitationOnlyTheInvitedMayRegister() {
    world.execute(
        "insert into business (id, org_number, name, email, nace, employees, updated_at) values"
            + " (1, '923609016', 'Firma AS', 'post@firma.no', '62.010', 12, current_timestamp)");
    long forum = world.meetings.forums().get(0).id();
    long closed =
        world.meetings.createMeeting(forum, MeetingFixtures.breakfast(5, Access.INVITATION)).id();

    var refused =
        assertThrows(
            RegistrationRefusedException.class,
            () ->
                world.registration.register(
                    closed, MeetingFixtures.request("Eva", "eva@ab.se", MeetingFixtures.ORG_SE)));
    assertEquals(Refusal.NOT_INVITED, refused.reason());

    assertEquals(1, world.invitations.invite(closed, List.of("923 609 016")));
    assertEquals(NoticeKind.INVITED, world.sent.get(world.sent.size() - 1).kind());
    assertEquals(
        CONFIRMED,
        world
            .registration
            .register(closed, MeetingFixtures.request("Kari", "kari@firma.no"))
            .status());
    var unknown =
        assertThrows(
            InvalidInputException.class,
            () -> world.invitations.invite(closed, List.of("5560360793")));
    assertTrue(unknown.getMessage().contains("Not in the business register: 5560360793"));
  }

  @Test
  void noConsentNoRegistration() {
    var request = MeetingFixtures.request("Kari", "kari@firma.no");
    var withoutConsent =
        new org.barometer.meeting.domain.RegistrationRequest(
            request.registrant(), request.language(), false);

    var e =
        assertThrows(
            RegistrationRefusedException.class,
            () -> world.registration.register(meetingId, withoutConsent));
    assertEquals(Refusal.NO_CONSENT, e.reason());
  }

  @Test
  void anUnknownLinkIsNotFound() {
    assertThrows(NotFoundException.class, () -> world.registration.find("not-a-token"));
    assertThrows(
        NotFoundException.class, () -> world.registration.find("AAAAAAAAAAAAAAAAAAAAAAAAAAA"));
  }

  private RegistrationReceipt register(String who) {
    String lower = who.toLowerCase(java.util.Locale.ROOT);
    RegistrationReceipt receipt =
        world.registration.register(meetingId, MeetingFixtures.request(who, lower + "@firma.no"));
    String link = world.linkOf(receipt.registrationId());
    tokens.put(receipt.registrationId(), link.substring(link.lastIndexOf('/') + 1));
    return receipt;
  }

  /** The personal link's token, as mailed when registering. */
  private String token(RegistrationReceipt r) {
    return tokens.get(r.registrationId());
  }

  private org.barometer.meeting.domain.RegistrationStatus status(RegistrationReceipt r) {
    return world.registration.find(token(r)).registration().status();
  }

  private List<NoticeKind> kinds() {
    return world.sent.stream().map(Notice::kind).toList();
  }
}
