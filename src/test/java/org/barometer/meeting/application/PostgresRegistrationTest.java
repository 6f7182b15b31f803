package org.barometer.meeting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The concurrency tests on PostgreSQL with 25 connections, where {@code FOR UPDATE} and the unique
 * key behave as in production. Opt-in, since it needs a database of its own that it wipes (with the
 * property set, every other meeting test runs there too): {@code
 * -Dbarometer.meetings.pg.url=jdbc:postgresql://localhost/NAME -Dbarometer.meetings.pg.user=...
 * -Dbarometer.meetings.pg.password=...}. It runs the real migrations V1..V5 there first.
 */
@EnabledIfSystemProperty(named = "barometer.meetings.pg.url", matches = "jdbc:postgresql:.*")
class PostgresRegistrationTest {

  private MeetingWorld world;
  private long meetingId;

  @BeforeEach
  void database() {
    world = new MeetingWorld(null, MeetingWorld.freshPostgres());
    meetingId =
        world.meetings.createMeeting(world.forum().id(), MeetingFixtures.breakfast(20)).id();
  }

  @Test
  void fiftyAtOnceForTwentySeats() throws Exception {
    List<RegistrationReceipt> receipts = new ArrayList<>();
    for (Object r :
        all(
            IntStream.range(0, 50)
                .mapToObj(
                    i ->
                        (Task)
                            () ->
                                world.registration.register(
                                    meetingId,
                                    MeetingFixtures.request("P" + i, "p" + i + "@firma.no")))
                .toList())) {
      receipts.add((RegistrationReceipt) r);
    }

    assertEquals(
        20, receipts.stream().filter(r -> r.status() == RegistrationStatus.CONFIRMED).count());
    MeetingOverview overview = world.meetings.overview(meetingId);
    assertEquals(20, overview.seats().confirmed());
    assertEquals(30, overview.seats().waiting());
    assertEquals(
        IntStream.rangeClosed(1, 30).boxed().toList(),
        overview.waitingList().stream().map(Registration::waitingPosition).toList());
    assertEquals(
        IntStream.rangeClosed(1, 30).boxed().toList(),
        receipts.stream()
            .filter(r -> r.status() == RegistrationStatus.WAITING)
            .map(RegistrationReceipt::waitingPosition)
            .sorted()
            .toList());
  }

  @Test
  void theSameAddressAtOnceRegistersOnce() throws Exception {
    List<Object> outcomes =
        all(
            IntStream.range(0, 10)
                .mapToObj(
                    i ->
                        (Task)
                            () -> {
                              try {
                                world.registration.register(
                                    meetingId,
                                    MeetingFixtures.request(
                                        "Kari", i % 2 == 0 ? "kari@firma.no" : "Kari@FIRMA.no"));
                                return "ok";
                              } catch (RegistrationRefusedException e) {
                                return e.reason().name();
                              }
                            })
                .toList());

    assertEquals(1, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
    assertEquals(9, outcomes.stream().filter(Refusal.ALREADY_REGISTERED.name()::equals).count());
  }

  /** One registration attempt. */
  private interface Task {
    Object run() throws Exception;
  }

  /** Runs the tasks on 25 threads (25 connections: the shared server has others to serve). */
  private static List<Object> all(List<Task> tasks) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(25);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Object>> futures = new ArrayList<>();
      for (Task t : tasks) {
        futures.add(
            pool.submit(
                () -> {
                  start.await();
                  return t.run();
                }));
      }
      start.countDown();
      List<Object> out = new ArrayList<>();
      for (Future<Object> f : futures) {
        out.add(f.get(60, TimeUnit.SECONDS));
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }
}
