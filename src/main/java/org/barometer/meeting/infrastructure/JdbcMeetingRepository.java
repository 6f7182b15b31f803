package org.barometer.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.barometer.meeting.domain.Access;
import org.barometer.meeting.domain.Guest;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.MeetingDetails;
import org.barometer.meeting.domain.MeetingRepository;
import org.barometer.meeting.domain.MeetingStatus;
import org.barometer.meeting.domain.ParticipantKind;
import org.barometer.platform.i18n.Language;
import org.barometer.platform.persistence.StoreException;

/**
 * Meetings on plain JDBC. {@link #lock} is {@code SELECT ... FOR UPDATE}: on PostgreSQL and on H2
 * it blocks every other unit of work that asks for the same meeting until this one ends.
 */
@ApplicationScoped
public class JdbcMeetingRepository implements MeetingRepository {

  private static final String COLUMNS =
      "select id, forum_id, calendar_uid, title, description, agenda, starts_local, ends_local,"
          + " time_zone, place, video_link, capacity, registration_deadline, access, language,"
          + " status, cancel_reason, calendar_sequence from meeting";

  /** The columns a change may set, in the order of {@link #changeable}. */
  private static final List<String> CHANGEABLE =
      List.of(
          "title",
          "description",
          "agenda",
          "starts_local",
          "ends_local",
          "time_zone",
          "place",
          "video_link",
          "capacity",
          "registration_deadline",
          "access",
          "language",
          "status",
          "cancel_reason",
          "calendar_sequence",
          "updated_at");

  JdbcMeetingTransactions tx;

  protected JdbcMeetingRepository() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public JdbcMeetingRepository(JdbcMeetingTransactions tx) {
    this.tx = tx;
  }

  @Override
  public long add(Meeting m, Instant now) {
    List<Object> values = new ArrayList<>(List.of(m.forumId(), m.calendarUid(), now));
    values.addAll(changeable(m, now));
    try {
      return Rows.insert(
          tx.connection(),
          "insert into meeting (forum_id, calendar_uid, created_at, "
              + String.join(", ", CHANGEABLE)
              + ") values ("
              + String.join(", ", Collections.nCopies(values.size(), "?"))
              + ")",
          values.toArray());
    } catch (SQLException e) {
      throw new StoreException("Storing meeting " + m.details().title(), e);
    }
  }

  @Override
  public void update(Meeting m, Instant now) {
    List<Object> values = new ArrayList<>(changeable(m, now));
    values.add(m.id());
    Rows.update(
        tx.connection(),
        "update meeting set "
            + CHANGEABLE.stream().map(c -> c + " = ?").collect(Collectors.joining(", "))
            + " where id = ?",
        values.toArray());
  }

  /** The meeting's values for {@link #CHANGEABLE}; nulls allowed, so not List.of. */
  private static List<Object> changeable(Meeting m, Instant now) {
    MeetingDetails d = m.details();
    return Arrays.asList(
        d.title(),
        d.description(),
        d.agenda(),
        d.start(),
        d.end(),
        d.zone().getId(),
        d.place(),
        d.videoLink(),
        d.capacity(),
        d.registrationDeadline(),
        d.access(),
        d.language().tag(),
        m.status(),
        m.cancelReason(),
        m.calendarSequence(),
        now);
  }

  @Override
  public Optional<Meeting> find(long id) {
    return Rows.one(tx.connection(), COLUMNS + " where id = ?", JdbcMeetingRepository::meeting, id);
  }

  @Override
  public Optional<Meeting> lock(long id) {
    return Rows.one(
        tx.connection(), COLUMNS + " where id = ? for update", JdbcMeetingRepository::meeting, id);
  }

  @Override
  public List<Meeting> byForum(long forumId) {
    return Rows.list(
        tx.connection(),
        COLUMNS + " where forum_id = ? order by starts_local, id",
        JdbcMeetingRepository::meeting,
        forumId);
  }

  @Override
  public List<Meeting> endingAfter(LocalDateTime localTime) {
    return Rows.list(
        tx.connection(),
        COLUMNS + " where ends_local > ? order by starts_local, id",
        JdbcMeetingRepository::meeting,
        localTime);
  }

  @Override
  public List<Meeting> startedBefore(LocalDateTime localTime, int limit) {
    return Rows.list(
        tx.connection(),
        COLUMNS + " where starts_local < ? order by starts_local desc, id desc limit ?",
        JdbcMeetingRepository::meeting,
        localTime,
        limit);
  }

  @Override
  public void invite(long meetingId, List<String> orgNumbers, Instant now) {
    List<String> already = invitations(meetingId);
    orgNumbers.stream()
        .distinct()
        .filter(o -> !already.contains(o))
        .forEach(
            o ->
                Rows.update(
                    tx.connection(),
                    "insert into meeting_invitation (meeting_id, org_number, invited_at)"
                        + " values (?, ?, ?)",
                    meetingId,
                    o,
                    now));
  }

  @Override
  public List<Guest> inviteGuests(long meetingId, List<Guest> guests, Instant now) {
    java.util.Set<String> already = new java.util.HashSet<>();
    guests(meetingId).forEach(g -> already.add(g.emailKey()));
    List<Guest> added = new java.util.ArrayList<>();
    for (Guest g : guests) {
      if (already.add(g.emailKey())) {
        Rows.update(
            tx.connection(),
            "insert into meeting_guest_invitation (meeting_id, email, name, organisation,"
                + " participant_kind, invited_at) values (?, ?, ?, ?, ?, ?)",
            meetingId,
            g.emailKey(),
            g.name(),
            g.organisation(),
            g.kind(),
            now);
        added.add(g);
      }
    }
    return added;
  }

  @Override
  public boolean guestInvited(long meetingId, String emailKey) {
    return emailKey != null
        && Rows.count(
                tx.connection(),
                "select count(*) from meeting_guest_invitation where meeting_id = ? and email = ?",
                meetingId,
                emailKey)
            > 0;
  }

  @Override
  public List<Guest> guests(long meetingId) {
    return Rows.list(
        tx.connection(),
        "select name, email, organisation, participant_kind from meeting_guest_invitation"
            + " where meeting_id = ? order by name, email",
        rs ->
            new Guest(
                rs.getString(1),
                rs.getString(2),
                rs.getString(3),
                ParticipantKind.valueOf(rs.getString(4))),
        meetingId);
  }

  @Override
  public boolean invited(long meetingId, String orgNumber) {
    return Rows.count(
            tx.connection(),
            "select count(*) from meeting_invitation where meeting_id = ? and org_number = ?",
            meetingId,
            orgNumber)
        > 0;
  }

  @Override
  public List<String> invitations(long meetingId) {
    return Rows.list(
        tx.connection(),
        "select org_number from meeting_invitation where meeting_id = ? order by org_number",
        rs -> rs.getString(1),
        meetingId);
  }

  private static Meeting meeting(ResultSet rs) throws SQLException {
    MeetingDetails d =
        new MeetingDetails(
            rs.getString("title"),
            rs.getString("description"),
            rs.getString("agenda"),
            Rows.local(rs, "starts_local"),
            Rows.local(rs, "ends_local"),
            ZoneId.of(rs.getString("time_zone")),
            rs.getString("place"),
            rs.getString("video_link"),
            rs.getInt("capacity"),
            Rows.instant(rs, "registration_deadline"),
            Access.valueOf(rs.getString("access")),
            Language.fromTag(rs.getString("language")));
    return new Meeting(
        rs.getLong("id"),
        rs.getLong("forum_id"),
        rs.getString("calendar_uid"),
        d,
        MeetingStatus.valueOf(rs.getString("status")),
        rs.getString("cancel_reason"),
        rs.getInt("calendar_sequence"));
  }
}
