package org.barometer.meeting.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.barometer.meeting.MeetingFixtures;
import org.barometer.platform.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** When registration is refused, and what a registrant and a meeting must give. */
class MeetingRulesTest {

  private static final Instant DEADLINE = Instant.parse("2027-03-12T15:00:00Z");

  @Test
  void registrationClosesAfterTheDeadline() {
    Meeting m = MeetingFixtures.meeting(1, MeetingFixtures.breakfast(10), 0);

    assertEquals(Optional.empty(), m.registrationRefusal(DEADLINE, false));
    assertEquals(
        Optional.of(Refusal.DEADLINE_PASSED),
        m.registrationRefusal(DEADLINE.plusSeconds(1), false));
  }

  @Test
  void aCancelledMeetingRefusesFirst() {
    Meeting m = MeetingFixtures.meeting(1, MeetingFixtures.breakfast(10), 0);
    Meeting cancelled =
        new Meeting(1L, 1, m.calendarUid(), m.details(), MeetingStatus.CANCELLED, null, 1);

    assertEquals(
        Optional.of(Refusal.MEETING_CANCELLED),
        cancelled.registrationRefusal(DEADLINE.plusSeconds(1), false));
  }

  @Test
  void aChangeRaisesTheSequenceOnlyWhenRegistrantsAreTold() {
    Meeting m = MeetingFixtures.meeting(1, MeetingFixtures.breakfast(10), 2);
    MeetingDetails bigger = m.details().withCapacity(20);

    Meeting quiet = m.changed(bigger, false);
    Meeting told = m.changed(bigger, true);

    assertEquals(2, quiet.calendarSequence());
    assertEquals(3, told.calendarSequence());
    assertEquals(20, told.capacity());
    assertEquals(m.calendarUid(), told.calendarUid());
    assertEquals(MeetingStatus.SCHEDULED, told.status());
  }

  @Test
  void aCancellationKeepsTheDetailsAndRaisesTheSequence() {
    Meeting m = MeetingFixtures.meeting(1, MeetingFixtures.breakfast(10), 2);

    Meeting cancelled = m.cancelledFor("Taleren ble syk.");

    assertEquals(MeetingStatus.CANCELLED, cancelled.status());
    assertEquals("Taleren ble syk.", cancelled.cancelReason());
    assertEquals(3, cancelled.calendarSequence());
    assertEquals(m.details(), cancelled.details());
    assertEquals(m.calendarUid(), cancelled.calendarUid());
  }

  @Test
  void byInvitationNeedsTheInvitation() {
    Meeting m = MeetingFixtures.meeting(1, MeetingFixtures.breakfast(10, Access.INVITATION), 0);

    assertEquals(Optional.of(Refusal.NOT_INVITED), m.registrationRefusal(DEADLINE, false));
    assertEquals(Optional.empty(), m.registrationRefusal(DEADLINE, true));
  }

  @Test
  void orgNumberIsCheckedAndNormalised() {
    Registrant r =
        new Registrant("Kari", "kari@firma.no", "923 609 016", "Firma", null, null, null);
    assertEquals("923609016", r.orgNumber());
    assertEquals(
        "5560360793",
        new Registrant("Eva", "eva@ab.se", "556036-0793", "AB", null, null, null).orgNumber());

    var e =
        assertThrows(
            InvalidInputException.class,
            () -> new Registrant("Kari", "kari@firma.no", "923609017", "Firma", null, null, null));
    assertEquals("orgNumber", e.field());
    assertTrue(e.getMessage().contains("check digit should be 6"), e.getMessage());
  }

  @Test
  void emailKeyIgnoresCase() {
    Registrant r = new Registrant("Kari", "Kari.Nord@Firma.NO", null, null, null, null, null);
    assertEquals("kari.nord@firma.no", r.emailKey());
  }

  @Test
  void deadlineAfterTheStartIsRefused() {
    var d = MeetingFixtures.breakfast(10);
    var e =
        assertThrows(
            InvalidInputException.class,
            () ->
                new MeetingDetails(
                    d.title(),
                    null,
                    null,
                    d.start(),
                    d.end(),
                    d.zone(),
                    d.place(),
                    null,
                    10,
                    Instant.parse("2027-03-15T07:00:01Z"),
                    d.access(),
                    d.language()));
    assertEquals("registrationDeadline", e.field());
  }

  @Test
  void aCapacityAboveTheLimitIsRefusedByName() {
    var d = MeetingFixtures.breakfast(10);
    assertEquals(100_000, d.withCapacity(100_000).capacity());
    var e = assertThrows(InvalidInputException.class, () -> d.withCapacity(100_001));
    assertEquals("capacity", e.field());
  }

  @Test
  void aMeetingInTheYear999999IsRefused() {
    var d = MeetingFixtures.breakfast(10);
    var start = java.time.LocalDateTime.parse("+999999-03-15T08:00");
    var e =
        assertThrows(
            InvalidInputException.class,
            () ->
                new MeetingDetails(
                    d.title(),
                    null,
                    null,
                    start,
                    start.plusHours(2),
                    d.zone(),
                    d.place(),
                    null,
                    10,
                    start.atZone(d.zone()).toInstant(),
                    d.access(),
                    d.language()));
    assertEquals("start", e.field());
    assertTrue(e.getMessage().contains("2000 to 2200"), e.getMessage());
  }
}
