package org.barometer.meeting;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.barometer.meeting.application.AttendanceService;
import org.barometer.meeting.application.EngagementService;
import org.barometer.meeting.application.FollowUpBoard;
import org.barometer.meeting.application.GoalCatalogue;
import org.barometer.meeting.application.MailRetry;
import org.barometer.meeting.application.MeetingDialogueRecords;
import org.barometer.meeting.application.MeetingInvitations;
import org.barometer.meeting.application.MeetingLinks;
import org.barometer.meeting.application.MeetingMailer;
import org.barometer.meeting.application.MeetingService;
import org.barometer.meeting.application.MinutesMail;
import org.barometer.meeting.application.MinutesService;
import org.barometer.meeting.application.Notice;
import org.barometer.meeting.application.Notices;
import org.barometer.meeting.application.PrivacyService;
import org.barometer.meeting.application.RegistrationService;
import org.barometer.meeting.application.SeatKeeper;
import org.barometer.meeting.domain.Forum;
import org.barometer.meeting.infrastructure.JdbcDialogueStatistics;
import org.barometer.meeting.infrastructure.JdbcForumRepository;
import org.barometer.meeting.infrastructure.JdbcMeetingRepository;
import org.barometer.meeting.infrastructure.JdbcMeetingTransactions;
import org.barometer.meeting.infrastructure.JdbcMinutesRepository;
import org.barometer.meeting.infrastructure.JdbcPendingRegistrations;
import org.barometer.meeting.infrastructure.JdbcRegisterLookup;
import org.barometer.meeting.infrastructure.JdbcRegistrationRepository;
import org.barometer.meeting.infrastructure.JdbcUnsentMailStore;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The meeting feature wired by hand on a fresh in-memory H2 (PostgreSQL mode, the real Flyway
 * migrations), as the container would wire it, with a clock the test sets and a mailer that records
 * (or a real one, for the SMTP tests).
 */
public final class MeetingWorld {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  public static final int RETENTION_DAYS = 365;

  public final DataSource h2;
  public final SettableClock clock = new SettableClock(Instant.parse("2027-02-01T10:00:00Z"));
  public final List<Notice> sent = new CopyOnWriteArrayList<>();
  public final JdbcMeetingTransactions tx;
  public final JdbcRegistrationRepository registrations;
  public final JdbcMeetingRepository meetingRepository;
  public final MeetingService meetings;
  public final MeetingInvitations invitations;
  public final RegistrationService registration;
  public final AttendanceService attendance;
  public final MinutesService minutes;
  public final EngagementService engagement;
  public final PrivacyService privacy;
  public final MailRetry mailRetry;
  public final FollowUpBoard followUps;
  public final MinutesMail minutesMail;
  public final MeetingDialogueRecords dialogue;

  /** The plans' goals the tests may name: one plan, a main goal with a sub-goal, and another. */
  public static final String PLAN = "sandefjord-2023-2026";

  public static final GoalCatalogue GOALS =
      new GoalCatalogue() {
        private final List<GoalCatalogue.PlanGoal> goals =
            List.of(
                new GoalCatalogue.PlanGoal(PLAN, "Sandefjord", "jobs", "Jobs grow", 0),
                new GoalCatalogue.PlanGoal(PLAN, "Sandefjord", "tax-income", "Tax income", 1),
                new GoalCatalogue.PlanGoal(PLAN, "Sandefjord", "facilitator", "Facilitator", 0));

        @Override
        public List<GoalCatalogue.PlanGoal> all() {
          return goals;
        }

        @Override
        public boolean hasPlan(String planId) {
          return PLAN.equals(planId);
        }

        @Override
        public java.util.Optional<GoalCatalogue.PlanGoal> goal(String planId, String goalId) {
          return goals.stream()
              .filter(g -> g.planId().equals(planId) && g.goalId().equals(goalId))
              .findFirst();
        }
      };

  public MeetingWorld() {
    this(null);
  }

  /**
   * With {@code mailer} null, notices are only recorded in {@link #sent}. On a fresh H2, or on the
   * PostgreSQL database named by {@code -Dbarometer.meetings.pg.url} (wiped and migrated), so every
   * meeting test can also run on PostgreSQL.
   */
  public MeetingWorld(MeetingMailer mailer) {
    this(mailer, System.getProperty(PG_URL) == null ? freshH2() : freshPostgres());
  }

  /** On another database (already migrated, empty). */
  public MeetingWorld(MeetingMailer mailer, DataSource database) {
    h2 = database;
    tx = new JdbcMeetingTransactions(h2);
    registrations = new JdbcRegistrationRepository(tx);
    meetingRepository = new JdbcMeetingRepository(tx);
    MeetingLinks links = new MeetingLinks("https://barometer.example/");
    SeatKeeper seats = new SeatKeeper(registrations, links);
    var pendingRegistrations = new JdbcPendingRegistrations(tx);
    MeetingMailer recording =
        n -> {
          sent.add(n);
          if (mailer != null) {
            mailer.send(n);
          }
        };
    JdbcUnsentMailStore unsent = new JdbcUnsentMailStore(tx);
    Notices notices = new Notices(recording, tx, unsent, clock, false);
    meetings =
        new MeetingService(
            tx,
            new JdbcForumRepository(tx),
            meetingRepository,
            registrations,
            seats,
            notices,
            GOALS,
            clock);
    invitations =
        new MeetingInvitations(
            tx, meetingRepository, new JdbcRegisterLookup(tx), links, notices, clock);
    registration =
        new RegistrationService(
            tx,
            meetingRepository,
            registrations,
            pendingRegistrations,
            links,
            seats,
            notices,
            RETENTION_DAYS,
            clock);
    attendance = new AttendanceService(tx, registrations, meetings, RETENTION_DAYS, clock);
    JdbcMinutesRepository minutesRepository = new JdbcMinutesRepository(tx);
    minutes = new MinutesService(tx, minutesRepository, meetings, GOALS, clock);
    followUps = new FollowUpBoard(tx, minutesRepository, meetingRepository, GOALS, clock);
    minutesMail = new MinutesMail(tx, minutesRepository, registrations, meetings, notices);
    dialogue = new MeetingDialogueRecords(followUps, tx, new JdbcDialogueStatistics(tx), clock);
    engagement = new EngagementService(tx, registrations);
    privacy =
        new PrivacyService(
            tx, registrations, meetingRepository, pendingRegistrations, RETENTION_DAYS, clock);
    mailRetry =
        new MailRetry(
            tx,
            unsent,
            meetingRepository,
            registrations,
            seats,
            links,
            recording,
            minutesRepository,
            clock);
  }

  /** The personal link in the latest e-mail about the registration (the link is only mailed). */
  public String linkOf(long registrationId) {
    return sent.stream()
        .filter(n -> Long.valueOf(registrationId).equals(n.registrationId()))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no e-mail about registration " + registrationId))
        .link();
  }

  /** The token of the link in the latest e-mail to the address. */
  public String tokenMailedTo(String email) {
    String link =
        sent.stream()
            .filter(n -> n.email().equals(email))
            .reduce((first, second) -> second)
            .orElseThrow(() -> new AssertionError("no e-mail to " + email))
            .link();
    return link.substring(link.lastIndexOf('/') + 1);
  }

  /** The system property naming a PostgreSQL database the tests may wipe. */
  public static final String PG_URL = "barometer.meetings.pg.url";

  /** The PostgreSQL database of {@link #PG_URL}, emptied and migrated. */
  public static DataSource freshPostgres() {
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(System.getProperty(PG_URL));
    pg.setUser(System.getProperty("barometer.meetings.pg.user", "barometer"));
    pg.setPassword(System.getProperty("barometer.meetings.pg.password", "barometer"));
    Flyway flyway =
        Flyway.configure()
            .dataSource(pg)
            .locations("classpath:db/migration")
            .cleanDisabled(false)
            .load();
    flyway.clean();
    flyway.migrate();
    return pg;
  }

  private static DataSource freshH2() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:meetings"
            + DATABASES.incrementAndGet()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
            + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
    h2.setUser("sa");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    return h2;
  }

  public Forum forum() {
    return meetings.createForum(
        new Forum(
            null,
            "Næringsfrokost",
            "Næringsavdelingen",
            "Frokost med næringslivet",
            List.of("Attraktivt næringsliv")));
  }

  public int count(String sql) {
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public void execute(String sql) {
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A clock the test moves. */
  public static final class SettableClock extends Clock {
    private volatile Instant now;

    public SettableClock(Instant start) {
      now = start;
    }

    public void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
