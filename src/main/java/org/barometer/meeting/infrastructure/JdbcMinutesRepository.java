package org.barometer.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.barometer.meeting.domain.FollowUp;
import org.barometer.meeting.domain.FollowUpStatus;
import org.barometer.meeting.domain.GoalLink;
import org.barometer.meeting.domain.Minutes;
import org.barometer.meeting.domain.MinutesRepository;
import org.barometer.platform.persistence.StoreException;

/** Minutes and follow-up points on plain JDBC, in the caller's unit of work. */
@ApplicationScoped
public class JdbcMinutesRepository implements MinutesRepository {

  JdbcMeetingTransactions tx;

  protected JdbcMinutesRepository() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public JdbcMinutesRepository(JdbcMeetingTransactions tx) {
    this.tx = tx;
  }

  @Override
  public void save(Minutes m) {
    int updated =
        Rows.update(
            tx.connection(),
            "update meeting_minutes set body = ?, updated_at = ?, updated_by = ?"
                + " where meeting_id = ?",
            m.body(),
            m.updatedAt(),
            m.updatedBy(),
            m.meetingId());
    if (updated == 0) {
      Rows.update(
          tx.connection(),
          "insert into meeting_minutes (meeting_id, body, updated_at, updated_by)"
              + " values (?, ?, ?, ?)",
          m.meetingId(),
          m.body(),
          m.updatedAt(),
          m.updatedBy());
    }
  }

  @Override
  public Optional<Minutes> find(long meetingId) {
    return Rows.one(
        tx.connection(),
        "select meeting_id, body, updated_at, updated_by from meeting_minutes"
            + " where meeting_id = ?",
        rs ->
            new Minutes(
                rs.getLong(1), rs.getString(2), Rows.instant(rs, "updated_at"), rs.getString(4)),
        meetingId);
  }

  @Override
  public long add(FollowUp f, Instant now) {
    try {
      return Rows.insert(
          tx.connection(),
          "insert into meeting_follow_up (meeting_id, text, owner, due_on, status, plan_id,"
              + " goal_id, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
          f.meetingId(),
          f.text(),
          f.owner(),
          f.dueOn(),
          f.status(),
          f.goal() == null ? null : f.goal().planId(),
          f.goal() == null ? null : f.goal().goalId(),
          now,
          now);
    } catch (SQLException e) {
      throw new StoreException("Storing a follow-up point", e);
    }
  }

  @Override
  public void update(FollowUp f, Instant now) {
    Rows.update(
        tx.connection(),
        "update meeting_follow_up set text = ?, owner = ?, due_on = ?, status = ?, plan_id = ?,"
            + " goal_id = ?, updated_at = ? where id = ?",
        f.text(),
        f.owner(),
        f.dueOn(),
        f.status(),
        f.goal() == null ? null : f.goal().planId(),
        f.goal() == null ? null : f.goal().goalId(),
        now,
        f.id());
  }

  @Override
  public Optional<FollowUp> followUp(long id) {
    return Rows.one(
        tx.connection(), SELECT_FOLLOW_UP + " where id = ?", JdbcMinutesRepository::followUp, id);
  }

  @Override
  public List<FollowUp> followUps(long meetingId) {
    return Rows.list(
        tx.connection(),
        SELECT_FOLLOW_UP + " where meeting_id = ? order by due_on, id",
        JdbcMinutesRepository::followUp,
        meetingId);
  }

  @Override
  public List<FollowUp> open() {
    return Rows.list(
        tx.connection(),
        SELECT_FOLLOW_UP + " where status = 'OPEN' order by due_on, id",
        JdbcMinutesRepository::followUp);
  }

  @Override
  public List<FollowUp> openForPlan(String planId) {
    return Rows.list(
        tx.connection(),
        SELECT_FOLLOW_UP + " where status = 'OPEN' and plan_id = ? order by due_on, id",
        JdbcMinutesRepository::followUp,
        planId);
  }

  private static final String SELECT_FOLLOW_UP =
      "select id, meeting_id, text, owner, due_on, status, plan_id, goal_id from meeting_follow_up";

  private static FollowUp followUp(ResultSet rs) throws SQLException {
    return new FollowUp(
        rs.getLong("id"),
        rs.getLong("meeting_id"),
        rs.getString("text"),
        rs.getString("owner"),
        Rows.date(rs, "due_on"),
        FollowUpStatus.valueOf(rs.getString("status")),
        GoalLink.of(rs.getString("plan_id"), rs.getString("goal_id")));
  }
}
