package org.barometer.meeting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.barometer.meeting.MeetingFixtures;
import org.barometer.meeting.MeetingWorld;
import org.barometer.meeting.domain.Attendance;
import org.barometer.meeting.domain.Engagement;
import org.barometer.meeting.domain.FollowUp;
import org.barometer.meeting.domain.FollowUpStatus;
import org.barometer.meeting.domain.GoalLink;
import org.barometer.meeting.domain.Registrant;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationStatus;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.i18n.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Check-in, walk-ins, minutes, follow-ups and a business's engagement, on H2. */
class AttendanceAndMinutesTest {

  private MeetingWorld world;
  private long forumId;
  private long meetingId;

  @BeforeEach
  void meeting() {
    world = new MeetingWorld();
    forumId = world.forum().id();
    meetingId = world.meetings.createMeeting(forumId, MeetingFixtures.breakfast(2)).id();
  }

  @Test
  void checkInNoShowAndWalkIn() {
    var kari =
        world.registration.register(meetingId, MeetingFixtures.request("Kari", "kari@firma.no"));
    var ola =
        world.registration.register(meetingId, MeetingFixtures.request("Ola", "ola@firma.no"));

    assertEquals(Attendance.ATTENDED, world.attendance.checkIn(kari.registrationId()).attendance());
    assertEquals(Attendance.NO_SHOW, world.attendance.noShow(ola.registrationId()).attendance());
    Registration walkIn =
        world.attendance.walkIn(
            meetingId,
            new Registrant("Per", null, MeetingFixtures.ORG_SE, "AB", null, null, null),
            Language.SV);

    assertTrue(walkIn.walkIn());
    assertEquals(Attendance.ATTENDED, walkIn.attendance());
    MeetingOverview overview = world.meetings.overview(meetingId);
    assertEquals(2, overview.seats().confirmed()); // the walk-in takes no registration seat
    assertEquals(3, overview.registrations().size());
  }

  @Test
  void aCancelledRegistrationCannotBeCheckedIn() {
    var kari =
        world.registration.register(meetingId, MeetingFixtures.request("Kari", "kari@firma.no"));
    world.registration.cancel(kari.registrationId());

    assertThrows(ConflictException.class, () -> world.attendance.checkIn(kari.registrationId()));
  }

  @Test
  void upcomingMeetingsEndAfterNowInTheirOwnZone() {
    assertEquals(List.of(meetingId), world.meetings.upcoming().stream().map(m -> m.id()).toList());
    world.clock.set(java.time.Instant.parse("2027-03-15T08:29:59Z")); // 09:29:59 in Oslo
    assertEquals(1, world.meetings.upcoming().size());
    world.clock.set(java.time.Instant.parse("2027-03-15T08:30:00Z")); // 09:30, the end
    assertEquals(List.of(), world.meetings.upcoming());
  }

  @Test
  void minutesAndFollowUps() {
    world.minutes.saveMinutes(meetingId, "# Referat\n\n- Tomter på Fokserød", "Anne");
    world.minutes.saveMinutes(meetingId, "# Referat\n\n- Tomter på Fokserød\n- Kollektiv", "Bjørn");
    FollowUp f =
        world.minutes.addFollowUp(
            new FollowUp(
                null,
                meetingId,
                "Kartlegge ledige næringstomter",
                "Anne",
                LocalDate.of(2027, 5, 1),
                null,
                new GoalLink(MeetingWorld.PLAN, "tax-income")));

    assertEquals("Bjørn", world.minutes.minutes(meetingId).orElseThrow().updatedBy());
    assertTrue(world.minutes.minutes(meetingId).orElseThrow().body().contains("Kollektiv"));
    assertEquals(FollowUpStatus.OPEN, f.status());
    assertEquals(
        FollowUpStatus.DONE, world.minutes.setStatus(f.id(), FollowUpStatus.DONE).status());
    List<FollowUp> stored = world.minutes.followUps(meetingId);
    assertEquals(1, stored.size());
    assertEquals(FollowUpStatus.DONE, stored.get(0).status());
    assertEquals(new GoalLink(MeetingWorld.PLAN, "tax-income"), stored.get(0).goal());
    assertThrows(
        InvalidInputException.class,
        () -> new FollowUp(null, meetingId, "x", "Anne", null, null, null));
  }

  @Test
  void engagementCountsMeetingsNotPeople() {
    long second = world.meetings.createMeeting(forumId, MeetingFixtures.breakfast(5)).id();
    long third = world.meetings.createMeeting(forumId, MeetingFixtures.breakfast(5)).id();
    // meeting 1: two colleagues, one came; meeting 2: registered, nobody came; meeting 3: cancelled
    var a = world.registration.register(meetingId, MeetingFixtures.request("A", "a@firma.no"));
    var b = world.registration.register(meetingId, MeetingFixtures.request("B", "b@firma.no"));
    var c = world.registration.register(second, MeetingFixtures.request("C", "c@firma.no"));
    var d = world.registration.register(third, MeetingFixtures.request("D", "d@firma.no"));
    world.attendance.checkIn(a.registrationId());
    world.attendance.noShow(b.registrationId());
    world.attendance.noShow(c.registrationId());
    world.registration.cancel(d.registrationId());
    world.registration.register(
        meetingId, MeetingFixtures.request("E", "e@ab.se", MeetingFixtures.ORG_SE));

    Engagement e = world.engagement.engagement("923 609 016");

    assertEquals(2, e.registered());
    assertEquals(1, e.attended());
    assertEquals(1, e.missed());
    assertEquals(4, e.meetings().size());
    assertEquals(
        RegistrationStatus.CANCELLED,
        e.meetings().stream()
            .filter(m -> m.meetingId() == third)
            .findFirst()
            .orElseThrow()
            .status());
  }
}
