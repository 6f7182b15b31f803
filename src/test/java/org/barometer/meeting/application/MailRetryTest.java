package org.barometer.meeting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.barometer.meeting.MeetingFixtures;
import org.barometer.meeting.MeetingWorld;
import org.barometer.survey.application.MailNotSentException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A mail server that refuses mail for a while: the refused mails wait 15 minutes, then twice as
 * long after each further refusal, and are written anew (new link, current state) when retried.
 */
class MailRetryTest {

  private volatile boolean serverDown = true;
  private MeetingWorld world;
  private long meetingId;
  private Instant start;

  @BeforeEach
  void meeting() {
    world =
        new MeetingWorld(
            n -> {
              if (serverDown) {
                throw new MailNotSentException("421 try again later", null);
              }
            });
    meetingId = world.meetings.createMeeting(world.forum().id(), MeetingFixtures.breakfast(5)).id();
    start = world.clock.instant();
  }

  @Test
  void aRefusedConfirmationIsSentAgainWithANewLinkThatWorks() {
    var kari =
        world.registration.register(meetingId, MeetingFixtures.request("Kari", "kari@firma.no"));
    UnsentMail unsent = world.mailRetry.unsent(meetingId).get(0);
    assertEquals(NoticeKind.CONFIRMED, unsent.kind());
    assertEquals(1, unsent.attempts());
    assertEquals("421 try again later", unsent.lastError());
    serverDown = false;

    world.clock.set(start.plus(Duration.ofMinutes(14)));
    assertEquals(0, world.mailRetry.retryDue(), "not due before 15 minutes");
    world.clock.set(start.plus(Duration.ofMinutes(15)));
    assertEquals(1, world.mailRetry.retryDue());

    Notice resent = world.sent.get(world.sent.size() - 1);
    assertEquals(NoticeKind.CONFIRMED, resent.kind());
    assertEquals("kari@firma.no", resent.email());
    assertTrue(resent.withCalendar());
    String token = resent.link().substring(resent.link().lastIndexOf('/') + 1);
    assertEquals(kari.registrationId(), world.registration.find(token).registration().id());
    assertEquals(0, world.mailRetry.unsent(meetingId).size());
  }

  @Test
  void refusedMinutesAreSentAgainAsTheyAreThen() {
    var kari =
        world.registration.register(meetingId, MeetingFixtures.request("Kari", "kari@firma.no"));
    world.attendance.checkIn(kari.registrationId());
    world.minutes.saveMinutes(meetingId, "Første utkast", "Anne");
    serverDown = false;
    world.mailRetry.retryNow(meetingId);
    serverDown = true;

    assertEquals(new MinutesMail.MinutesSent(1, 0), world.minutesMail.send(meetingId));
    UnsentMail unsent = world.mailRetry.unsent(meetingId).get(0);
    assertEquals(NoticeKind.MINUTES, unsent.kind());
    world.minutes.saveMinutes(meetingId, "Rettet referat", "Anne");
    serverDown = false;
    world.clock.set(world.clock.instant().plus(Duration.ofMinutes(15)));

    assertEquals(1, world.mailRetry.retryDue());
    Notice resent = world.sent.get(world.sent.size() - 1);
    assertEquals(NoticeKind.MINUTES, resent.kind());
    assertEquals("kari@firma.no", resent.email());
    assertEquals("Rettet referat", resent.text(), "written anew from the minutes as they are");
    assertEquals(0, world.mailRetry.unsent(meetingId).size());
  }

  @Test
  void eachRefusalWaitsTwiceAsLongUntilTheEighthThenStaffCanAskAgain() {
    world.registration.register(meetingId, MeetingFixtures.request("Kari", "kari@firma.no"));
    // waits after the 1st..7th refusal: 15, 30, 60, 120, 240, 480, 960 minutes
    long[] waits = {15, 30, 60, 120, 240, 480, 960};
    Instant due = start;
    for (int refusal = 1; refusal <= 7; refusal++) {
      UnsentMail u = world.mailRetry.unsent(meetingId).get(0);
      assertEquals(refusal, u.attempts());
      due = due.plus(Duration.ofMinutes(waits[refusal - 1]));
      assertEquals(due, u.nextAttemptAt(), "after refusal " + refusal);
      world.clock.set(due);
      assertEquals(0, world.mailRetry.retryDue());
    }
    UnsentMail givenUp = world.mailRetry.unsent(meetingId).get(0);
    assertEquals(8, givenUp.attempts());
    assertNull(givenUp.nextAttemptAt());
    // 15 + 30 + … + 960 = 1905 minutes after the first refusal, about 32 hours
    assertEquals(start.plus(Duration.ofMinutes(1905)), givenUp.failedAt());
    world.clock.set(due.plus(Duration.ofDays(30)));
    assertEquals(0, world.mailRetry.retryDue(), "given up: no more tries by itself");

    serverDown = false;
    assertEquals(1, world.mailRetry.retryNow(meetingId));
    assertEquals(0, world.mailRetry.unsent(meetingId).size());
  }

  @Test
  void aMailThatNoLongerAppliesIsDroppedNotSentLate() {
    var kari =
        world.registration.register(meetingId, MeetingFixtures.request("Kari", "kari@firma.no"));
    world.registration.cancel(kari.registrationId());
    serverDown = false;
    int attempted = world.sent.size();

    world.clock.set(start.plus(Duration.ofMinutes(15)));

    assertEquals(0, world.mailRetry.retryDue());
    assertEquals(attempted, world.sent.size(), "no confirmation for a cancelled registration");
    assertEquals(0, world.mailRetry.unsent(meetingId).size());
  }
}
