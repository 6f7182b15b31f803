package org.barometer.meeting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.barometer.meeting.MeetingFixtures;
import org.barometer.meeting.MeetingWorld;
import org.barometer.meeting.domain.Refusal;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationRefusedException;
import org.barometer.meeting.domain.RegistrationStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Simultaneous registrations on H2 with real threads and one connection each, released together by
 * a latch: the meeting-row lock must serialise them, so no seat is given twice and nobody gets the
 * same place in the queue.
 */
class ConcurrentRegistrationTest {

  private MeetingWorld world;
  private long meetingId;
  private ExecutorService pool;

  @BeforeEach
  void meeting() {
    world = new MeetingWorld();
    meetingId =
        world.meetings.createMeeting(world.forum().id(), MeetingFixtures.breakfast(20)).id();
    pool = Executors.newFixedThreadPool(50);
  }

  @AfterEach
  void stop() {
    pool.shutdownNow();
  }

  @RepeatedTest(3)
  void fiftyAtOnceForTwentySeats() throws Exception {
    List<RegistrationReceipt> receipts =
        all(
            IntStream.range(0, 50)
                .<Callable<RegistrationReceipt>>mapToObj(
                    i ->
                        () ->
                            world.registration.register(
                                meetingId,
                                MeetingFixtures.request("Person " + i, "p" + i + "@firma.no")))
                .toList());

    assertEquals(
        20, receipts.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count());
    assertEquals(
        30, receipts.stream().filter(r -> r.status() == RegistrationStatus.WAITING).count());
    assertEquals(
        IntStream.rangeClosed(1, 30).boxed().toList(),
        receipts.stream()
            .filter(r -> r.status() == RegistrationStatus.WAITING)
            .map(RegistrationReceipt::waitingPosition)
            .sorted()
            .toList());
    // what is stored agrees with what was answered
    MeetingOverview overview = world.meetings.overview(meetingId);
    assertEquals(20, overview.seats().confirmed());
    assertEquals(30, overview.seats().waiting());
    assertEquals(
        IntStream.rangeClosed(1, 30).boxed().toList(),
        overview.waitingList().stream().map(Registration::waitingPosition).toList());
    assertEquals(50, world.count("select count(distinct lower(email)) from meeting_registration"));
    assertEquals(50, world.count("select count(*) from meeting_registration"));
    // each person was told what the answer said, once
    assertEquals(50, world.sent.size());
    assertEquals(20, world.sent.stream().filter(n -> n.kind() == NoticeKind.CONFIRMED).count());
  }

  @Test
  void theSameAddressTenTimesAtOnceRegistersOnce() throws Exception {
    List<Callable<String>> tasks = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String email = i % 2 == 0 ? "kari@firma.no" : "KARI@Firma.no";
      tasks.add(
          () -> {
            try {
              world.registration.register(meetingId, MeetingFixtures.request("Kari", email));
              return "ok";
            } catch (RegistrationRefusedException e) {
              return e.reason().name();
            }
          });
    }

    List<String> outcomes = all(tasks);

    assertEquals(1, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
    assertEquals(9, outcomes.stream().filter(Refusal.ALREADY_REGISTERED.name()::equals).count());
    assertEquals(1, world.count("select count(*) from meeting_registration"));
  }

  @Test
  void cancellationsAndRegistrationsAtOnceNeverOverbook() throws Exception {
    List<RegistrationReceipt> first =
        all(
            IntStream.range(0, 30)
                .<Callable<RegistrationReceipt>>mapToObj(
                    i ->
                        () ->
                            world.registration.register(
                                meetingId, MeetingFixtures.request("P" + i, "p" + i + "@firma.no")))
                .toList());
    List<Callable<Object>> mixed = new ArrayList<>();
    first.stream()
        .filter(r -> r.status() == RegistrationStatus.CONFIRMED)
        .limit(10)
        .forEach(r -> mixed.add(() -> world.registration.cancel(r.registrationId())));
    IntStream.range(30, 50)
        .forEach(
            i ->
                mixed.add(
                    () ->
                        world.registration.register(
                            meetingId, MeetingFixtures.request("P" + i, "p" + i + "@firma.no"))));
    mixed.add(() -> world.meetings.changeCapacity(meetingId, 25));

    all(mixed);

    MeetingOverview overview = world.meetings.overview(meetingId);
    // 50 registered, 10 cancelled: 40 active for 25 seats
    assertEquals(25, overview.seats().confirmed());
    assertEquals(15, overview.seats().waiting());
    assertTrue(
        overview.waitingList().stream()
            .map(Registration::waitingPosition)
            .toList()
            .equals(IntStream.rangeClosed(1, 15).boxed().toList()));
  }

  private <T> List<T> all(List<Callable<T>> tasks) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    List<Future<T>> futures = new ArrayList<>();
    for (Callable<T> task : tasks) {
      futures.add(
          pool.submit(
              () -> {
                start.await();
                return task.call();
              }));
    }
    start.countDown();
    List<T> out = new ArrayList<>();
    for (Future<T> f : futures) {
      out.add(f.get(60, TimeUnit.SECONDS));
    }
    return out;
  }
}
