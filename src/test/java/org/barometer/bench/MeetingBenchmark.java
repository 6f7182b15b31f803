package org.barometer.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;
import org.barometer.meeting.MeetingFixtures;
import org.barometer.meeting.MeetingWorld;
import org.barometer.meeting.domain.Access;
import org.barometer.meeting.domain.MeetingDetails;
import org.barometer.meeting.domain.Registrant;
import org.barometer.meeting.domain.RegistrationRequest;
import org.barometer.meeting.domain.RegistrationStatus;
import org.barometer.platform.i18n.Language;
import org.barometer.survey.application.MailNotSentException;

/**
 * A benchmark, not a test: the meeting feature's database work on PostgreSQL, through the real
 * services and JDBC stores (no HTTP, no Liberty: what is measured is the seat lock and the
 * queries), at the volume of a busy office: five years of meetings, about 100 a year with 40
 * registrations each, from 5,000 businesses.
 *
 * <ol>
 *   <li>History: {@code bench.meetings} (500) meetings with {@code bench.registrations} (40)
 *       registrations each, registered one by one through {@code RegistrationService}.
 *   <li>Rush: {@code bench.rush} (300) people register at once from {@code bench.threads} (50)
 *       threads for a meeting of 200 seats: latency per registration (p50, p95, max), and the check
 *       that exactly 200 got a seat and 100 wait, in order.
 *   <li>Staff reads, warm, 200 times each: the rushed meeting's overview (300 registrations) and a
 *       business's engagement over its whole history.
 *   <li>Refused mail: 1,000 confirmations refused by the mail server, then sent again by {@code
 *       MailRetry} once it is back.
 *   <li>Retention: every registration anonymised by the daily job in one run.
 * </ol>
 *
 * Run with {@code bash .ci/postgres-setup barometer_bench_meetings} and {@code mvn -Pbench
 * test-compile exec:java -Dbench.main=org.barometer.bench.MeetingBenchmark}; {@code bench.pg.url}
 * names another database (it is wiped).
 */
public final class MeetingBenchmark {

  private static final int MEETINGS = Integer.getInteger("bench.meetings", 500);
  private static final int PER_MEETING = Integer.getInteger("bench.registrations", 40);
  private static final int RUSH = Integer.getInteger("bench.rush", 300);
  private static final int SEATS = 200;
  private static final int THREADS = Integer.getInteger("bench.threads", 50);
  private static final int READS = 200;
  private static final int REFUSED = 1_000;
  private static final List<String> BUSINESSES = OrgNumbers.first(5_000);

  private static volatile boolean mailServerDown;

  private MeetingBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.setProperty(
        MeetingWorld.PG_URL,
        System.getProperty(
            "bench.pg.url", "jdbc:postgresql://localhost:5432/barometer_bench_meetings"));
    MeetingWorld.freshPostgres();
    // pooled, as Liberty's data source is: without a pool every unit of work would pay for a new
    // PostgreSQL connection
    HikariConfig pool = new HikariConfig();
    pool.setJdbcUrl(System.getProperty(MeetingWorld.PG_URL));
    pool.setUsername("barometer");
    pool.setPassword("barometer");
    pool.setMaximumPoolSize(THREADS);
    MeetingWorld world =
        new MeetingWorld(
            n -> {
              if (mailServerDown) {
                throw new MailNotSentException("421 service not available", null);
              }
            },
            new HikariDataSource(pool));
    world.sent.clear();
    long forum = world.forum().id();

    long t0 = System.nanoTime();
    for (int m = 0; m < MEETINGS; m++) {
      long meeting = world.meetings.createMeeting(forum, meeting(m, PER_MEETING + 10)).id();
      for (int r = 0; r < PER_MEETING; r++) {
        world.registration.register(meeting, person(m * PER_MEETING + r));
      }
      world.sent.clear();
    }
    System.out.printf(
        Locale.ROOT,
        "history: %,d meetings, %,d registrations in %.1f s%n",
        MEETINGS,
        MEETINGS * PER_MEETING,
        seconds(t0));

    long rushed = world.meetings.createMeeting(forum, meeting(MEETINGS, SEATS)).id();
    Histogram rush = new Histogram(3);
    ExecutorService threads = Executors.newFixedThreadPool(THREADS);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<RegistrationStatus>> results = new ArrayList<>();
    for (int i = 0; i < RUSH; i++) {
      RegistrationRequest request = person(1_000_000 + i);
      Callable<RegistrationStatus> register =
          () -> {
            go.await();
            long start = System.nanoTime();
            RegistrationStatus status = world.registration.register(rushed, request).status();
            rush.recordValue((System.nanoTime() - start) / 1_000);
            return status;
          };
      results.add(threads.submit(register));
    }
    long rushStart = System.nanoTime();
    go.countDown();
    int confirmed = 0;
    for (Future<RegistrationStatus> f : results) {
      confirmed += f.get() == RegistrationStatus.CONFIRMED ? 1 : 0;
    }
    double rushSeconds = seconds(rushStart);
    threads.shutdown();
    var seats = world.meetings.overview(rushed).seats();
    if (confirmed != SEATS || seats.confirmed() != SEATS || seats.waiting() != RUSH - SEATS) {
      throw new AssertionError("seats wrong: " + confirmed + " confirmed, " + seats);
    }
    System.out.printf(
        Locale.ROOT,
        "rush: %d registrations from %d threads for %d seats in %.2f s (%.0f/s);"
            + " %d confirmed, %d waiting; latency %s%n",
        RUSH,
        THREADS,
        SEATS,
        rushSeconds,
        RUSH / rushSeconds,
        seats.confirmed(),
        seats.waiting(),
        millis(rush));

    System.out.printf(
        Locale.ROOT,
        "overview of a meeting with %d registrations: %s%n",
        RUSH,
        millis(repeat(() -> world.meetings.overview(rushed))));
    String busy = BUSINESSES.get(0);
    System.out.printf(
        Locale.ROOT,
        "engagement of a business registered for %d meetings: %s%n",
        world.engagement.engagement(busy).registered(),
        millis(repeat(() -> world.engagement.engagement(busy))));

    mailServerDown = true;
    long refusedMeeting = world.meetings.createMeeting(forum, meeting(MEETINGS + 1, REFUSED)).id();
    for (int i = 0; i < REFUSED; i++) {
      world.registration.register(refusedMeeting, person(2_000_000 + i));
    }
    mailServerDown = false;
    world.clock.set(world.clock.instant().plus(Duration.ofMinutes(15)));
    long retryStart = System.nanoTime();
    int resent = world.mailRetry.retryDue();
    System.out.printf(
        Locale.ROOT,
        "mail retry: %,d refused confirmations written anew and sent in %.2f s%n",
        resent,
        seconds(retryStart));

    world.clock.set(Instant.parse("2040-01-01T00:00:00Z"));
    long anonymiseStart = System.nanoTime();
    int anonymised = world.privacy.anonymiseExpired();
    System.out.printf(
        Locale.ROOT,
        "retention: %,d registrations anonymised in %.1f s%n",
        anonymised,
        seconds(anonymiseStart));
  }

  private static MeetingDetails meeting(int number, int capacity) {
    LocalDateTime start = LocalDateTime.of(2027, 3, 15, 8, 0).plusDays(number % 300);
    return new MeetingDetails(
        "Rundebordssamtale " + number,
        "Benchmark",
        null,
        start,
        start.plusHours(2),
        MeetingFixtures.OSLO,
        "Rådhuset",
        null,
        capacity,
        Instant.parse("2027-03-12T15:00:00Z"),
        Access.OPEN,
        Language.NB);
  }

  /** The n-th person, working for one of the 5,000 businesses. */
  private static RegistrationRequest person(int n) {
    return new RegistrationRequest(
        new Registrant(
            "Person " + n,
            "person" + n + "@bench.example",
            BUSINESSES.get(n % BUSINESSES.size()),
            "Firma " + n % BUSINESSES.size() + " AS",
            "Daglig leder",
            null,
            null),
        Language.NB,
        true);
  }

  private static Histogram repeat(Supplier<?> read) {
    for (int i = 0; i < 20; i++) {
      read.get();
    }
    Histogram h = new Histogram(3);
    for (int i = 0; i < READS; i++) {
      long start = System.nanoTime();
      read.get();
      h.recordValue((System.nanoTime() - start) / 1_000);
    }
    return h;
  }

  private static String millis(Histogram micros) {
    return String.format(
        Locale.ROOT,
        "p50 %.1f ms, p95 %.1f ms, max %.1f ms",
        micros.getValueAtPercentile(50) / 1000.0,
        micros.getValueAtPercentile(95) / 1000.0,
        micros.getMaxValue() / 1000.0);
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
