package org.barometer.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.barometer.meeting.application.Notice;
import org.barometer.meeting.application.NoticeKind;
import org.barometer.meeting.application.UnsentMail;
import org.barometer.meeting.application.UnsentMailStore;

/** Unsent meeting e-mails on plain JDBC. */
@ApplicationScoped
public class JdbcUnsentMailStore implements UnsentMailStore {

  private static final String COLUMNS =
      "select id, kind, meeting_id, registration_id, email, name, attempts, last_error, failed_at,"
          + " next_attempt_at from meeting_unsent_mail";

  /** Long enough for any mail server's reply, short enough for the column. */
  private static final int ERROR_LENGTH = 500;

  JdbcMeetingTransactions tx;

  protected JdbcUnsentMailStore() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public JdbcUnsentMailStore(JdbcMeetingTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void add(Notice n, String error, Instant failedAt, Instant nextAttemptAt) {
    boolean business = n.registrationId() == null;
    if (!business) {
      Rows.update(
          tx.connection(),
          "delete from meeting_unsent_mail where registration_id = ? and kind = ?",
          n.registrationId(),
          n.kind());
    }
    Rows.update(
        tx.connection(),
        "insert into meeting_unsent_mail (kind, meeting_id, registration_id, email, name,"
            + " attempts, last_error, failed_at, next_attempt_at) values (?, ?, ?, ?, ?, 1, ?, ?, ?)",
        n.kind(),
        n.meeting().id(),
        n.registrationId(),
        business ? n.email() : null,
        business ? n.name() : null,
        clip(error),
        failedAt,
        nextAttemptAt);
  }

  @Override
  public List<UnsentMail> due(Instant now) {
    return Rows.list(
        tx.connection(),
        COLUMNS + " where next_attempt_at <= ? order by next_attempt_at, id",
        this::mail,
        now);
  }

  @Override
  public List<UnsentMail> ofMeeting(long meetingId) {
    return Rows.list(
        tx.connection(),
        COLUMNS + " where meeting_id = ? order by failed_at, id",
        this::mail,
        meetingId);
  }

  @Override
  public void failedAgain(long id, String error, Instant failedAt, Instant nextAttemptAt) {
    Rows.update(
        tx.connection(),
        "update meeting_unsent_mail set attempts = attempts + 1, last_error = ?, failed_at = ?,"
            + " next_attempt_at = ? where id = ?",
        clip(error),
        failedAt,
        nextAttemptAt,
        id);
  }

  @Override
  public void remove(long id) {
    Rows.update(tx.connection(), "delete from meeting_unsent_mail where id = ?", id);
  }

  @Override
  public void retryNow(long meetingId, Instant now) {
    Rows.update(
        tx.connection(),
        "update meeting_unsent_mail set attempts = 0, next_attempt_at = ? where meeting_id = ?",
        now,
        meetingId);
  }

  private UnsentMail mail(ResultSet rs) throws SQLException {
    return new UnsentMail(
        rs.getLong("id"),
        NoticeKind.valueOf(rs.getString("kind")),
        rs.getLong("meeting_id"),
        rs.getObject("registration_id", Long.class),
        rs.getString("email"),
        rs.getString("name"),
        rs.getInt("attempts"),
        rs.getString("last_error"),
        Rows.instant(rs, "failed_at"),
        Rows.instant(rs, "next_attempt_at"));
  }

  private static String clip(String error) {
    String e = error == null ? "unknown error" : error;
    return e.length() <= ERROR_LENGTH ? e : e.substring(0, ERROR_LENGTH);
  }
}
