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
import org.barometer.platform.persistence.StoreException;

/** Forums and their strategic areas on plain JDBC, in the caller's unit of work. */
@ApplicationScoped
public class JdbcForumRepository implements ForumRepository {

  @Inject JdbcMeetingTransactions tx;

  protected JdbcForumRepository() {}

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
              "insert into meeting_forum (name, organiser, description, created_at)"
                  + " values (?, ?, ?, ?)",
              forum.name(),
              forum.organiser(),
              forum.description(),
              Instant.now());
      areas(c, id, forum.strategicAreas());
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
        "update meeting_forum set name = ?, organiser = ?, description = ? where id = ?",
        forum.name(),
        forum.organiser(),
        forum.description(),
        forum.id());
    Rows.update(c, "delete from meeting_forum_area where forum_id = ?", forum.id());
    areas(c, forum.id(), forum.strategicAreas());
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
        "select id, name, organiser, description from meeting_forum where id = ?",
        rs -> forum(rs.getLong("id"), rs.getString("name"), rs.getString("organiser"), rs),
        id);
  }

  @Override
  public List<Forum> all() {
    return Rows.list(
        tx.connection(),
        "select id, name, organiser, description from meeting_forum order by name, id",
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
    return new Forum(id, name, organiser, rs.getString("description"), areas);
  }
}
