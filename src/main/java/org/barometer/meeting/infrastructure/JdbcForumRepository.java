package org.barometer.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.barometer.meeting.domain.Forum;
import org.barometer.meeting.domain.ForumRepository;
import org.barometer.meeting.domain.GoalLink;
import org.barometer.platform.persistence.StoreException;

/** Forums and their strategic areas on plain JDBC, in the caller's unit of work. */
@ApplicationScoped
public class JdbcForumRepository implements ForumRepository {

  JdbcMeetingTransactions tx;

  protected JdbcForumRepository() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public JdbcForumRepository(JdbcMeetingTransactions tx) {
    this.tx = tx;
  }

  @Override
  public long add(Forum forum) {
    Connection c = tx.connection();
    try {
      long id =
          Rows.insert(
              c,
              "insert into meeting_forum (name, organiser, description, created_at,"
                  + " meets_every_months) values (?, ?, ?, ?, ?)",
              forum.name(),
              forum.organiser(),
              forum.description(),
              Instant.now(),
              forum.meetsEveryMonths());
      areas(c, id, forum.strategicAreas());
      goals(c, id, forum.goals());
      return id;
    } catch (SQLException e) {
      throw new StoreException("Storing forum " + forum.name(), e);
    }
  }

  @Override
  public void update(Forum forum) {
    Connection c = tx.connection();
    Rows.update(
        c,
        "update meeting_forum set name = ?, organiser = ?, description = ?,"
            + " meets_every_months = ? where id = ?",
        forum.name(),
        forum.organiser(),
        forum.description(),
        forum.meetsEveryMonths(),
        forum.id());
    Rows.update(c, "delete from meeting_forum_area where forum_id = ?", forum.id());
    areas(c, forum.id(), forum.strategicAreas());
    Rows.update(c, "delete from meeting_forum_goal where forum_id = ?", forum.id());
    goals(c, forum.id(), forum.goals());
  }

  private static void goals(Connection c, long forumId, List<GoalLink> goals) {
    for (GoalLink g : goals) {
      Rows.update(
          c,
          "insert into meeting_forum_goal (forum_id, plan_id, goal_id) values (?, ?, ?)",
          forumId,
          g.planId(),
          g.goalId());
    }
  }

  private static void areas(Connection c, long forumId, List<String> areas) {
    for (String area : areas) {
      Rows.update(
          c, "insert into meeting_forum_area (forum_id, area) values (?, ?)", forumId, area);
    }
  }

  @Override
  public Optional<Forum> find(long id) {
    return Rows.one(
        tx.connection(),
        "select id, name, organiser, description, meets_every_months from meeting_forum"
            + " where id = ?",
        rs -> forum(rs.getLong("id"), rs.getString("name"), rs.getString("organiser"), rs),
        id);
  }

  @Override
  public List<Forum> all() {
    return Rows.list(
        tx.connection(),
        "select id, name, organiser, description, meets_every_months from meeting_forum"
            + " order by name, id",
        rs -> forum(rs.getLong("id"), rs.getString("name"), rs.getString("organiser"), rs));
  }

  private Forum forum(long id, String name, String organiser, java.sql.ResultSet rs)
      throws SQLException {
    List<String> areas =
        Rows.list(
            tx.connection(),
            "select area from meeting_forum_area where forum_id = ? order by area",
            r -> r.getString(1),
            id);
    int every = rs.getInt("meets_every_months");
    Integer meetsEvery = rs.wasNull() ? null : every;
    List<GoalLink> goals =
        Rows.list(
            tx.connection(),
            "select plan_id, goal_id from meeting_forum_goal where forum_id = ?"
                + " order by plan_id, goal_id",
            r -> new GoalLink(r.getString(1), r.getString(2)),
            id);
    return new Forum(id, name, organiser, rs.getString("description"), areas, meetsEvery, goals);
  }
}
