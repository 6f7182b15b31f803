package org.barometer.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.barometer.meeting.domain.Attendance;
import org.barometer.meeting.domain.EngagementEntry;
import org.barometer.meeting.domain.Refusal;
import org.barometer.meeting.domain.Registrant;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationRefusedException;
import org.barometer.meeting.domain.RegistrationRepository;
import org.barometer.meeting.domain.RegistrationStatus;
import org.barometer.meeting.domain.RetentionCandidate;
import org.barometer.meeting.domain.SeatCounts;
import org.barometer.platform.i18n.Language;
import org.barometer.platform.persistence.StoreException;
import org.barometer.survey.domain.register.OrgNumber;

/**
 * Registrations on plain JDBC. The waiting-list position is computed when read (rank by
 * registration time, then id), never stored, so it cannot have gaps or duplicates.
 */
@ApplicationScoped
public class JdbcRegistrationRepository implements RegistrationRepository {

  private static final String UNIQUE_VIOLATION = "23505";
  private static final String COLUMNS =
      "select id, meeting_id, name, email, org_number, company_name, job_role, dietary_needs,"
          + " access_needs, language, consented_at, retention_days, status, attendance, walk_in,"
          + " registered_at, anonymised_at, participant_kind from meeting_registration";
  private static final String ORDER =
      " order by case status when 'CONFIRMED' then 0 when 'WAITING' then 1 else 2 end,"
          + " registered_at, id";

  JdbcMeetingTransactions tx;

  protected JdbcRegistrationRepository() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public JdbcRegistrationRepository(JdbcMeetingTransactions tx) {
    this.tx = tx;
  }

  @Override
  public long add(Registration r) {
    Registrant p = r.registrant();
    try {
      return Rows.insert(
          tx.connection(),
          "insert into meeting_registration (meeting_id, name, email, active_email, org_number,"
              + " company_name, job_role, dietary_needs, access_needs, language, consented_at,"
              + " retention_days, status, attendance, walk_in, registered_at, confirmed_at,"
              + " participant_kind) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          r.meetingId(),
          p.name(),
          p.email(),
          r.status().active() ? p.emailKey() : null,
          r.orgNumber(),
          r.companyName(),
          p.role(),
          p.dietaryNeeds(),
          p.accessNeeds(),
          r.language().tag(),
          r.consentedAt(),
          r.retentionDays(),
          r.status(),
          r.attendance(),
          r.walkIn(),
          r.registeredAt(),
          r.status() == RegistrationStatus.CONFIRMED ? r.registeredAt() : null,
          p.kind());
    } catch (SQLException e) {
      if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
        throw new RegistrationRefusedException(Refusal.ALREADY_REGISTERED);
      }
      throw new StoreException("Storing a registration", e);
    }
  }

  @Override
  public void addToken(long registrationId, String tokenHash) {
    Rows.update(
        tx.connection(),
        "insert into meeting_registration_token (token_hash, registration_id) values (?, ?)",
        tokenHash,
        registrationId);
  }

  @Override
  public Optional<Registration> find(long id) {
    return Rows.one(tx.connection(), COLUMNS + " where id = ?", this::registration, id)
        .map(this::withPosition);
  }

  @Override
  public Optional<Registration> byTokenHash(String tokenHash) {
    return Rows.one(
            tx.connection(),
            COLUMNS
                + " where id = (select registration_id from meeting_registration_token"
                + " where token_hash = ?)",
            this::registration,
            tokenHash)
        .map(this::withPosition);
  }

  @Override
  public boolean activeEmail(long meetingId, String emailKey) {
    return Rows.count(
            tx.connection(),
            "select count(*) from meeting_registration where meeting_id = ? and active_email = ?",
            meetingId,
            emailKey)
        > 0;
  }

  @Override
  public Optional<Registration> active(long meetingId, String emailKey) {
    return Rows.one(
            tx.connection(),
            COLUMNS + " where meeting_id = ? and active_email = ?",
            this::registration,
            meetingId,
            emailKey)
        .map(this::withPosition);
  }

  @Override
  public SeatCounts counts(long meetingId) {
    int[] counts = new int[2];
    Rows.list(
            tx.connection(),
            "select status, count(*) from meeting_registration where meeting_id = ?"
                + " and walk_in = ? and status <> 'CANCELLED' group by status",
            rs -> new Object[] {rs.getString(1), rs.getInt(2)},
            meetingId,
            false)
        .forEach(row -> counts["CONFIRMED".equals(row[0]) ? 0 : 1] = (Integer) row[1]);
    return new SeatCounts(counts[0], counts[1]);
  }

  @Override
  public List<Registration> waiting(long meetingId) {
    List<Registration> rows =
        Rows.list(
            tx.connection(),
            COLUMNS + " where meeting_id = ? and status = 'WAITING' order by registered_at, id",
            this::registration,
            meetingId);
    return java.util.stream.IntStream.range(0, rows.size())
        .mapToObj(i -> withWaitingPosition(rows.get(i), i + 1))
        .toList();
  }

  @Override
  public List<Registration> ofMeeting(long meetingId) {
    List<Registration> rows =
        Rows.list(
            tx.connection(),
            COLUMNS + " where meeting_id = ?" + ORDER,
            this::registration,
            meetingId);
    int[] position = {0};
    return rows.stream()
        .map(
            r ->
                r.status() == RegistrationStatus.WAITING
                    ? withWaitingPosition(r, ++position[0])
                    : r)
        .toList();
  }

  @Override
  public void setStatus(long id, RegistrationStatus status, Instant now) {
    String sql =
        switch (status) {
          case CONFIRMED ->
              "update meeting_registration set status = 'CONFIRMED', confirmed_at = ?"
                  + " where id = ? and status = 'WAITING'";
          case CANCELLED ->
              "update meeting_registration set status = 'CANCELLED', cancelled_at = ?,"
                  + " active_email = null where id = ? and status <> 'CANCELLED'";
          case WAITING ->
              throw new IllegalArgumentException("Nobody is moved back to the waiting list");
        };
    Rows.update(tx.connection(), sql, now, id);
  }

  @Override
  public void setAttendance(long id, Attendance attendance) {
    Rows.update(
        tx.connection(),
        "update meeting_registration set attendance = ? where id = ?",
        attendance,
        id);
  }

  @Override
  public List<EngagementEntry> engagement(String orgNumber) {
    return Rows.list(
        tx.connection(),
        "select m.id, m.title, m.starts_local, r.status, r.attendance, r.walk_in"
            + " from meeting_registration r join meeting m on m.id = r.meeting_id"
            + " where r.org_number = ? and r.participant_kind = 'BUSINESS'"
            + " order by m.starts_local, m.id, r.id",
        rs ->
            new EngagementEntry(
                rs.getLong(1),
                rs.getString(2),
                Rows.local(rs, "starts_local"),
                RegistrationStatus.valueOf(rs.getString(4)),
                Attendance.valueOf(rs.getString(5)),
                rs.getBoolean(6)),
        orgNumber);
  }

  @Override
  public List<Registration> byEmail(String emailKey) {
    return Rows.list(
            tx.connection(),
            COLUMNS
                + " where lower(email) = ? and anonymised_at is null order by registered_at, id",
            this::registration,
            emailKey)
        .stream()
        .map(this::withPosition)
        .toList();
  }

  /**
   * Clears the person's data, personal links and mails waiting to be sent again. The org number
   * stays for the business's engagement, unless it may be the person's own identity number (a
   * Swedish sole trader's).
   */
  @Override
  public void anonymise(long id, Instant now) {
    Rows.update(
        tx.connection(), "delete from meeting_registration_token where registration_id = ?", id);
    Rows.update(tx.connection(), "delete from meeting_unsent_mail where registration_id = ?", id);
    Rows.update(
        tx.connection(),
        "update meeting_registration set name = null, email = null, active_email = null,"
            + " job_role = null, dietary_needs = null, access_needs = null, anonymised_at = ?"
            + " where id = ? and anonymised_at is null",
        now,
        id);
    Optional<String> org =
        Rows.one(
            tx.connection(),
            "select org_number from meeting_registration where id = ? and org_number is not null",
            rs -> rs.getString(1),
            id);
    if (org.isPresent() && OrgNumber.parse(org.get()).mayBeAPersonalIdentityNumber()) {
      Rows.update(
          tx.connection(), "update meeting_registration set org_number = null where id = ?", id);
    }
  }

  @Override
  public List<RetentionCandidate> retentionCandidates() {
    return Rows.list(
        tx.connection(),
        "select r.id, m.ends_local, m.time_zone, r.retention_days from meeting_registration r"
            + " join meeting m on m.id = r.meeting_id where r.anonymised_at is null",
        rs ->
            new RetentionCandidate(
                rs.getLong(1),
                Rows.local(rs, "ends_local").atZone(ZoneId.of(rs.getString(3))).toInstant(),
                rs.getInt(4)));
  }

  /** Fills in the waiting position of a single registration read on its own. */
  private Registration withPosition(Registration r) {
    if (r.status() != RegistrationStatus.WAITING) {
      return r;
    }
    int ahead =
        Rows.count(
            tx.connection(),
            "select count(*) from meeting_registration where meeting_id = ? and status = 'WAITING'"
                + " and (registered_at < ? or (registered_at = ? and id < ?))",
            r.meetingId(),
            r.registeredAt(),
            r.registeredAt(),
            r.id());
    return withWaitingPosition(r, ahead + 1);
  }

  private static Registration withWaitingPosition(Registration r, int position) {
    return new Registration(
        r.id(),
        r.meetingId(),
        r.registrant(),
        r.orgNumber(),
        r.companyName(),
        r.language(),
        r.status(),
        r.attendance(),
        r.walkIn(),
        r.registeredAt(),
        r.consentedAt(),
        r.retentionDays(),
        r.anonymisedAt(),
        position);
  }

  private Registration registration(ResultSet rs) throws SQLException {
    Instant anonymisedAt = Rows.instant(rs, "anonymised_at");
    Registrant registrant = anonymisedAt != null ? null : RegistrantRows.read(rs);
    return new Registration(
        rs.getLong("id"),
        rs.getLong("meeting_id"),
        registrant,
        rs.getString("org_number"),
        rs.getString("company_name"),
        Language.fromTag(rs.getString("language")),
        RegistrationStatus.valueOf(rs.getString("status")),
        Attendance.valueOf(rs.getString("attendance")),
        rs.getBoolean("walk_in"),
        Rows.instant(rs, "registered_at"),
        Rows.instant(rs, "consented_at"),
        rs.getInt("retention_days"),
        anonymisedAt,
        0);
  }
}
