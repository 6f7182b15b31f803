package org.barometer.meeting.application;

import static org.barometer.meeting.domain.RegistrationStatus.CONFIRMED;
import static org.barometer.meeting.domain.RegistrationStatus.WAITING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.barometer.meeting.MeetingFixtures;
import org.barometer.meeting.MeetingWorld;
import org.barometer.platform.error.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Registration from the public page is double opt-in: nothing is held until the link mailed to the
 * address is confirmed, and the answer never tells whether the address was registered already.
 */
class PublicRegistrationTest {

  private MeetingWorld world;
  private long meetingId;

  @BeforeEach
  void meeting() {
    world = new MeetingWorld();
    long forum = world.forum().id();
    meetingId = world.meetings.createMeeting(forum, MeetingFixtures.breakfast(1)).id();
  }

  @Test
  void aRequestHoldsNoSeatUntilItsMailedLinkIsConfirmed() {
    PendingAnswer answer = request("Kari", "kari@firma.no");

    assertEquals(world.clock.instant().plus(Duration.ofHours(24)), answer.expiresAt());
    assertEquals(0, world.count("select count(*) from meeting_registration"));
    assertEquals(List.of(NoticeKind.REQUESTED), kinds());
    String token = world.tokenMailedTo("kari@firma.no");
    assertEquals(
        "Kari",
        world.registration.pending(token).orElseThrow().pending().request().registrant().name());

    RegistrationReceipt kari = world.registration.confirm(token);

    assertEquals(CONFIRMED, kari.status());
    assertEquals(List.of(NoticeKind.REQUESTED, NoticeKind.CONFIRMED), kinds());
    assertTrue(world.linkOf(kari.registrationId()).endsWith("/" + token), "the same link");
    assertEquals(CONFIRMED, world.registration.find(token).registration().status());
    assertTrue(world.registration.pending(token).isEmpty());
    assertEquals(0, world.count("select count(*) from meeting_registration_request"));

    // A second click changes nothing and mails nothing.
    assertEquals(kari, world.registration.confirm(token));
    assertEquals(2, world.sent.size());
  }

  @Test
  void seatsGoInTheOrderOfConfirmationNotOfRequest() {
    request("Anna", "anna@firma.no");
    request("Bjørn", "bjorn@firma.no");
    String anna = world.tokenMailedTo("anna@firma.no");
    String bjorn = world.tokenMailedTo("bjorn@firma.no");

    assertEquals(CONFIRMED, world.registration.confirm(bjorn).status());
    RegistrationReceipt late = world.registration.confirm(anna);
    assertEquals(WAITING, late.status());
    assertEquals(1, late.waitingPosition());
  }

  @Test
  void aKnownAddressGetsTheSameAnswerAndItsLinkByMail() {
    world.registration.confirm(tokenAfterRequest("Kari", "kari@firma.no"));
    world.sent.clear();

    PendingAnswer again = request("Kari", "KARI@firma.no");

    assertEquals(world.clock.instant().plus(Duration.ofHours(24)), again.expiresAt());
    assertEquals(List.of(NoticeKind.ALREADY_REGISTERED), kinds());
    String token = world.tokenMailedTo("KARI@firma.no");
    assertEquals(CONFIRMED, world.registration.find(token).registration().status());
    assertEquals(1, world.count("select count(*) from meeting_registration"));
    assertEquals(0, world.count("select count(*) from meeting_registration_request"));
  }

  @Test
  void twoRequestsFromOneAddressMakeOneRegistration() {
    String first = tokenAfterRequest("Kari", "kari@firma.no");
    String second = tokenAfterRequest("Kari", "kari@firma.no");

    RegistrationReceipt one = world.registration.confirm(first);
    RegistrationReceipt other = world.registration.confirm(second);

    assertEquals(one.registrationId(), other.registrationId());
    assertEquals(1, world.count("select count(*) from meeting_registration"));
    assertEquals(
        one.registrationId(), world.registration.find(second).registration().id(), "both links");
  }

  @Test
  void aLinkNotConfirmedWithin24HoursExpiresAndIsDeleted() {
    String token = tokenAfterRequest("Kari", "kari@firma.no");
    world.clock.set(world.clock.instant().plus(Duration.ofHours(24)));

    assertTrue(world.registration.pending(token).isEmpty());
    assertThrows(NotFoundException.class, () -> world.registration.confirm(token));
    request("Ola", "ola@firma.no");
    world.privacy.anonymiseExpired(); // the daily job
    assertEquals(1, world.count("select count(*) from meeting_registration_request"), "Ola's");
    assertEquals(0, world.count("select count(*) from meeting_registration"));
  }

  @Test
  void erasingAnAddressRemovesItsUnconfirmedRequests() {
    request("Kari", "kari@firma.no");
    world.privacy.erase("Kari@Firma.no");
    assertEquals(0, world.count("select count(*) from meeting_registration_request"));
  }

  private PendingAnswer request(String name, String email) {
    return world.registration.request(meetingId, MeetingFixtures.request(name, email));
  }

  private String tokenAfterRequest(String name, String email) {
    request(name, email);
    return world.tokenMailedTo(email);
  }

  private List<NoticeKind> kinds() {
    return world.sent.stream().map(Notice::kind).toList();
  }
}
