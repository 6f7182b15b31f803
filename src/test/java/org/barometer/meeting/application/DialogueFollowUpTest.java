package org.barometer.meeting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.meeting.MeetingFixtures;
import org.barometer.meeting.MeetingWorld;
import org.barometer.meeting.domain.Access;
import org.barometer.meeting.domain.FollowUp;
import org.barometer.meeting.domain.FollowUpStatus;
import org.barometer.meeting.domain.Forum;
import org.barometer.meeting.domain.GoalLink;
import org.barometer.meeting.domain.MeetingDetails;
import org.barometer.meeting.domain.ParticipantKind;
import org.barometer.meeting.domain.Registrant;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.i18n.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Follow-up points that name a goal of a plan, the open list across meetings, past meetings and the
 * minutes mailed to those who attended, on H2 with the real migrations.
 */
class DialogueFollowUpTest {

  private MeetingWorld world;
  private long forumId;
  private long meetingId;

  @BeforeEach
  void meeting() {
    world = new MeetingWorld(); // the clock stands at 2027-02-01T10:00Z
    forumId = world.forum().id();
    meetingId = world.meetings.createMeeting(forumId, MeetingFixtures.breakfast(5)).id();
  }

  private FollowUp add(long meeting, String text, LocalDate due, GoalLink goal) {
    return world.minutes.addFollowUp(
        new FollowUp(null, meeting, text, "Anne", due, FollowUpStatus.OPEN, goal));
  }

  @Test
  void aGoalMustBeAGoalOfAPlan() {
    UnknownGoalException noPlan =
        assertThrows(
            UnknownGoalException.class,
            () ->
                add(
                    meetingId,
                    "x",
                    LocalDate.of(2027, 5, 1),
                    new GoalLink("drammen-2030", "jobs")));
    assertEquals("planId", noPlan.field());
    UnknownGoalException noGoal =
        assertThrows(
            UnknownGoalException.class,
            () ->
                add(
                    meetingId,
                    "x",
                    LocalDate.of(2027, 5, 1),
                    new GoalLink(MeetingWorld.PLAN, "no-such-goal")));
    assertEquals("goalId", noGoal.field());
    assertEquals(0, world.count("select count(*) from meeting_follow_up"));

    FollowUp f =
        add(meetingId, "Tomter", LocalDate.of(2027, 5, 1), new GoalLink(MeetingWorld.PLAN, "jobs"));
    FollowUp moved =
        world.minutes.updateFollowUp(
            new FollowUp(
                f.id(),
                0,
                "Tomter",
                "Anne",
                LocalDate.of(2027, 5, 1),
                FollowUpStatus.OPEN,
                new GoalLink(MeetingWorld.PLAN, "tax-income")));
    assertEquals("tax-income", moved.goal().goalId());
    assertThrows(
        UnknownGoalException.class,
        () ->
            world.minutes.updateFollowUp(
                new FollowUp(
                    f.id(),
                    0,
                    "Tomter",
                    "Anne",
                    LocalDate.of(2027, 5, 1),
                    FollowUpStatus.OPEN,
                    new GoalLink(MeetingWorld.PLAN, "nope"))));
    assertEquals(
        "tax-income", world.minutes.followUps(meetingId).get(0).goal().goalId(), "unchanged");
  }

  @Test
  void theOpenListPutsOverdueFirstAcrossMeetings() {
    long second = world.meetings.createMeeting(forumId, MeetingFixtures.breakfast(5)).id();
    // today is 2027-02-01
    FollowUp later = add(meetingId, "later", LocalDate.of(2027, 6, 1), null);
    FollowUp dueToday = add(second, "today", LocalDate.of(2027, 2, 1), null);
    FollowUp longOverdue =
        add(
            second,
            "long overdue",
            LocalDate.of(2026, 11, 1),
            new GoalLink(MeetingWorld.PLAN, "jobs"));
    FollowUp overdue = add(meetingId, "overdue", LocalDate.of(2027, 1, 31), null);
    FollowUp done = add(meetingId, "done", LocalDate.of(2026, 10, 1), null);
    world.minutes.setStatus(done.id(), FollowUpStatus.DONE);

    List<OpenFollowUp> open = world.followUps.open();

    assertEquals(
        List.of(longOverdue.id(), overdue.id(), dueToday.id(), later.id()),
        open.stream().map(o -> o.followUp().id()).toList());
    assertEquals(
        List.of(true, true, false, false), open.stream().map(OpenFollowUp::overdue).toList());
    assertEquals("Jobs grow", open.get(0).goalTitle());
    assertEquals("Sandefjord", open.get(0).planTitle());
    assertEquals(LocalDate.of(2027, 3, 15), open.get(0).meetingDay());
    assertEquals("Næringsfrokost: rundebordssamtale", open.get(0).meetingTitle());
    assertEquals(null, open.get(1).goalTitle());
  }

  @Test
  void openFollowUpsOfAPlanByGoal() {
    FollowUp jobsLater =
        add(meetingId, "a", LocalDate.of(2027, 9, 1), new GoalLink(MeetingWorld.PLAN, "jobs"));
    FollowUp tax =
        add(
            meetingId,
            "b",
            LocalDate.of(2027, 4, 1),
            new GoalLink(MeetingWorld.PLAN, "tax-income"));
    FollowUp jobsOverdue =
        add(meetingId, "c", LocalDate.of(2027, 1, 1), new GoalLink(MeetingWorld.PLAN, "jobs"));
    add(meetingId, "no goal", LocalDate.of(2027, 1, 1), null);
    FollowUp closed =
        add(meetingId, "d", LocalDate.of(2027, 1, 1), new GoalLink(MeetingWorld.PLAN, "jobs"));
    world.minutes.setStatus(closed.id(), FollowUpStatus.DROPPED);

    Map<String, List<OpenFollowUp>> byGoal = world.followUps.openByGoal(MeetingWorld.PLAN);

    assertEquals(List.of("jobs", "tax-income"), List.copyOf(byGoal.keySet()));
    assertEquals(
        List.of(jobsOverdue.id(), jobsLater.id()),
        byGoal.get("jobs").stream().map(o -> o.followUp().id()).toList());
    assertEquals(
        List.of(tax.id()), byGoal.get("tax-income").stream().map(o -> o.followUp().id()).toList());
    assertEquals(Map.of(), world.followUps.openByGoal("other-plan"));

    var records = world.dialogue;
    var forPlan = records.openFollowUps(MeetingWorld.PLAN, LocalDate.of(2027, 2, 1));
    assertEquals(
        List.of(jobsOverdue.id(), tax.id(), jobsLater.id()),
        forPlan.stream().map(f -> f.id()).toList());
    assertTrue(forPlan.get(0).overdue());
    assertEquals("jobs", forPlan.get(0).goalId());
  }

  @Test
  void aMeetingThatIsOverIsListedAsPast() {
    assertEquals(List.of(), world.meetings.past());
    world.clock.set(Instant.parse("2027-03-15T08:29:59Z")); // 09:29:59 in Oslo, before the end
    assertEquals(List.of(), world.meetings.past());
    long later = world.meetings.createMeeting(forumId, MeetingFixtures.breakfast(5)).id();
    world.clock.set(Instant.parse("2027-03-15T08:30:00Z")); // the end
    assertEquals(
        List.of(later, meetingId), world.meetings.past().stream().map(m -> m.id()).toList());
    assertEquals(List.of(), world.meetings.upcoming());
  }

  @Test
  void theMinutesGoToThoseWhoAttended() {
    var kari =
        world.registration.register(meetingId, MeetingFixtures.request("Kari", "kari@firma.no"));
    var ola =
        world.registration.register(meetingId, MeetingFixtures.request("Ola", "ola@firma.no"));
    assertThrows(ConflictException.class, () -> world.minutesMail.send(meetingId), "no minutes");
    world.minutes.saveMinutes(meetingId, "# Referat\n\n- Tomter på Fokserød", "Anne");
    assertThrows(
        ConflictException.class, () -> world.minutesMail.send(meetingId), "nobody attended");
    world.attendance.checkIn(kari.registrationId());
    world.attendance.noShow(ola.registrationId());
    world.sent.clear();

    MinutesMail.MinutesSent sent = world.minutesMail.send(meetingId);

    assertEquals(new MinutesMail.MinutesSent(1, 1), sent);
    assertEquals(1, world.sent.size());
    Notice n = world.sent.get(0);
    assertEquals(NoticeKind.MINUTES, n.kind());
    assertEquals("kari@firma.no", n.email());
    assertEquals("# Referat\n\n- Tomter på Fokserød", n.text());
  }

  private long meetingOn(long forum, int year, int month) {
    var b = MeetingFixtures.breakfast(20);
    return world
        .meetings
        .createMeeting(
            forum,
            new MeetingDetails(
                b.title(),
                null,
                null,
                java.time.LocalDateTime.of(year, month, 10, 8, 0),
                java.time.LocalDateTime.of(year, month, 10, 10, 0),
                MeetingFixtures.OSLO,
                b.place(),
                null,
                20,
                java.time.LocalDateTime.of(year, month, 9, 12, 0)
                    .atZone(MeetingFixtures.OSLO)
                    .toInstant(),
                Access.OPEN,
                Language.NB))
        .id();
  }

  private void came(long meeting, String name, String org, ParticipantKind kind) {
    world.attendance.walkIn(
        meeting, new Registrant(name, null, org, "Firma", null, null, null, kind), Language.NB);
  }

  @Test
  void theDialogueIsCountedByYearFromTheMeetingsHeld() {
    long roundTable =
        world
            .meetings
            .createForum(new Forum(null, "Rundebordssamtale", "Næring", null, List.of()))
            .id();
    // the world's forum ("Næringsfrokost") already has the meeting of 15 March 2027
    long a = meetingOn(roundTable, 2026, 3);
    long b = meetingOn(roundTable, 2026, 11);
    long c = meetingOn(forumId, 2026, 6);
    long cancelled = meetingOn(roundTable, 2026, 12);
    world.meetings.cancelMeeting(cancelled, "Sykdom");
    long next = meetingOn(roundTable, 2027, 1); // over by 1 February 2027
    came(a, "A1", MeetingFixtures.ORG_A, ParticipantKind.BUSINESS);
    came(a, "A2", MeetingFixtures.ORG_A, ParticipantKind.BUSINESS); // the same business
    came(b, "B1", MeetingFixtures.ORG_A, ParticipantKind.BUSINESS); // again, in the same year
    came(b, "B2", MeetingFixtures.ORG_SE, ParticipantKind.BUSINESS);
    came(b, "Ordfører", null, ParticipantKind.POLITICIAN);
    came(c, "C1", MeetingFixtures.ORG_SE, ParticipantKind.PUBLIC_BODY); // not a business
    came(next, "N1", MeetingFixtures.ORG_SE, ParticipantKind.BUSINESS);

    var held = IndicatorSource.DialogueCount.Measure.MEETINGS_HELD;
    var businesses = IndicatorSource.DialogueCount.Measure.BUSINESSES_TAKING_PART;
    // 2026: a, b, c held (the cancelled one not); 2027: "next" held, 15 March not yet
    assertEquals(Map.of(2026, 3, 2027, 1), world.dialogue.yearly(held, Optional.empty()));
    assertEquals(
        Map.of(2026, 2, 2027, 1),
        world.dialogue.yearly(held, Optional.of("rundebordssamtale")),
        "one forum, named in any case");
    // 2026: ORG_A and ORG_SE (as a business at b; at c it came as a public body)
    assertEquals(Map.of(2026, 2, 2027, 1), world.dialogue.yearly(businesses, Optional.empty()));
    assertEquals(Map.of(), world.dialogue.yearly(held, Optional.of("Ingen slik")));
  }

  @Test
  void aForumSaysHowOftenItMeetsAndWhichGoalsItServes() {
    Forum f =
        world.meetings.createForum(
            new Forum(
                null,
                "Rundebordssamtale",
                "Næring",
                null,
                List.of(),
                12,
                List.of(new GoalLink(MeetingWorld.PLAN, "facilitator"))));
    Forum read = world.meetings.forum(f.id());
    assertEquals(12, read.meetsEveryMonths());
    assertEquals(List.of(new GoalLink(MeetingWorld.PLAN, "facilitator")), read.goals());
    assertEquals(
        "goalId",
        assertThrows(
                UnknownGoalException.class,
                () ->
                    world.meetings.createForum(
                        new Forum(
                            null,
                            "X",
                            "Y",
                            null,
                            List.of(),
                            null,
                            List.of(new GoalLink(MeetingWorld.PLAN, "nope")))))
            .field());

    assertEquals(Optional.empty(), world.meetings.lastHeld(f.id()));
    long held = meetingOn(f.id(), 2026, 1);
    meetingOn(f.id(), 2027, 6); // not held yet on 1 February 2027
    assertEquals(Optional.of(LocalDate.of(2026, 1, 10)), world.meetings.lastHeld(f.id()));
    world.meetings.cancelMeeting(held, "Avlyst");
    assertEquals(Optional.empty(), world.meetings.lastHeld(f.id()), "a cancelled one was not held");
  }
}
