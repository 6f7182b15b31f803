package org.barometer.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.barometer.meeting.application.FeedbackMails;

/** Feedback mailings on plain JDBC, in the caller's unit of work. */
@ApplicationScoped
public class JdbcFeedbackMails implements FeedbackMails {

  JdbcMeetingTransactions tx;

  protected JdbcFeedbackMails() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public JdbcFeedbackMails(JdbcMeetingTransactions tx) {
    this.tx = tx;
  }

  @Override
  public Set<Long> mailed(long cycleId) {
    return new HashSet<>(
        Rows.list(
            tx.connection(),
            "select registration_id from meeting_feedback_mail where cycle_id = ?",
            rs -> rs.getLong(1),
            cycleId));
  }

  @Override
  public void record(long cycleId, Collection<Long> registrationIds, Instant sentAt) {
    for (long id : registrationIds) {
      Rows.update(
          tx.connection(),
          "insert into meeting_feedback_mail (cycle_id, registration_id, sent_at) values (?, ?, ?)",
          cycleId,
          id,
          sentAt);
    }
  }
}
