package org.barometer.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import org.barometer.meeting.domain.PendingRegistration;
import org.barometer.meeting.domain.PendingRegistrations;
import org.barometer.meeting.domain.Registrant;
import org.barometer.meeting.domain.RegistrationRequest;
import org.barometer.platform.i18n.Language;

/** Registrations waiting for confirmation, on plain JDBC beside the registrations they become. */
@ApplicationScoped
public class JdbcPendingRegistrations implements PendingRegistrations {

  JdbcMeetingTransactions tx;

  protected JdbcPendingRegistrations() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public JdbcPendingRegistrations(JdbcMeetingTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(PendingRegistration pending) {
    Registrant p = pending.request().registrant();
    Rows.update(
        tx.connection(),
        "insert into meeting_registration_request (token_hash, meeting_id, name, email,"
            + " org_number, company_name, job_role, dietary_needs, access_needs, language,"
            + " requested_at, expires_at, participant_kind)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        pending.tokenHash(),
        pending.meetingId(),
        p.name(),
        p.email(),
        p.orgNumber(),
        p.companyName(),
        p.role(),
        p.dietaryNeeds(),
        p.accessNeeds(),
        pending.request().language().tag(),
        pending.requestedAt(),
        pending.expiresAt(),
        p.kind());
  }

  @Override
  public Optional<PendingRegistration> byTokenHash(String tokenHash) {
    return Rows.one(
        tx.connection(),
        "select * from meeting_registration_request where token_hash = ?",
        JdbcPendingRegistrations::pending,
        tokenHash);
  }

  @Override
  public boolean remove(String tokenHash) {
    return Rows.update(
            tx.connection(),
            "delete from meeting_registration_request where token_hash = ?",
            tokenHash)
        > 0;
  }

  @Override
  public int removeExpired(Instant now) {
    return Rows.update(
        tx.connection(), "delete from meeting_registration_request where expires_at <= ?", now);
  }

  @Override
  public int removeByEmail(String emailKey) {
    return Rows.update(
        tx.connection(),
        "delete from meeting_registration_request where lower(email) = ?",
        emailKey);
  }

  private static PendingRegistration pending(ResultSet rs) throws SQLException {
    Registrant person = RegistrantRows.read(rs);
    return new PendingRegistration(
        rs.getString("token_hash"),
        rs.getLong("meeting_id"),
        new RegistrationRequest(person, Language.fromTag(rs.getString("language")), true),
        Rows.instant(rs, "requested_at"),
        Rows.instant(rs, "expires_at"));
  }
}
