package org.barometer.meeting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.barometer.meeting.MeetingFixtures;
import org.barometer.meeting.MeetingWorld;
import org.barometer.meeting.domain.FollowUp;
import org.barometer.meeting.domain.FollowUpStatus;
import org.barometer.meeting.domain.GoalLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A plan's dialogue in the yearly report: only the meetings of forums serving the plan, or whose
 * follow-up points name one of its goals, so that one municipality's report never counts another
 * municipality's meetings. On H2 with the real migrations.
 */
class DialogueYearTest {

  private static final LocalDate YEAR_END = LocalDate.of(2027, 12, 31);

  private MeetingWorld world;
  private DialogueYear year;

  @BeforeEach
  void twoMeetingsOfAForumThatServesNoPlan() {
    world = new MeetingWorld();
    year = new DialogueYear(world.meetings, world.minutes, world.tx, null);
  }

  @Test
  void aPlansDialogueHoldsTheMeetingsWhoseFollowUpsNameItsGoals() {
    long forum = world.forum().id();
    long followedUp = world.meetings.createMeeting(forum, MeetingFixtures.breakfast(5)).id();
    world.meetings.createMeeting(forum, MeetingFixtures.breakfast(5));
    world.minutes.addFollowUp(
        new FollowUp(
            null,
            followedUp,
            "Tomter ved Torp",
            "Anne",
            LocalDate.of(2027, 5, 1),
            FollowUpStatus.OPEN,
            new GoalLink(MeetingWorld.PLAN, "jobs")));

    assertEquals(
        List.of(followedUp),
        year.held(MeetingWorld.PLAN, YEAR_END).stream().map(DialogueYear.Held::id).toList());
    assertEquals(1, year.followUps(MeetingWorld.PLAN, YEAR_END).size());
    assertEquals(List.of(), year.held("stenungsund-2035", YEAR_END), "another plan's report");
    assertEquals(
        List.of(), year.held(MeetingWorld.PLAN, LocalDate.of(2027, 3, 1)), "not held by then");
  }
}
