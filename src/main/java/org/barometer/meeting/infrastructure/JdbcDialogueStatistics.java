package org.barometer.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.barometer.meeting.domain.DialogueStatistics;

/** The dialogue counted in SQL, in the caller's unit of work. */
@ApplicationScoped
public class JdbcDialogueStatistics implements DialogueStatistics {

  JdbcMeetingTransactions tx;

  protected JdbcDialogueStatistics() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public JdbcDialogueStatistics(JdbcMeetingTransactions tx) {
    this.tx = tx;
  }

  private static final String HELD =
      " from meeting m join meeting_forum f on f.id = m.forum_id"
          + " where m.status = 'SCHEDULED' and m.ends_local < ?"
          + " and (cast(? as varchar(200)) is null or lower(f.name) = ?)";

  @Override
  public Map<Integer, Integer> meetingsHeld(LocalDateTime now, Optional<String> forum) {
    return byYear(
        "select extract(year from m.starts_local), count(*)"
            + HELD
            + " group by extract(year from m.starts_local)",
        now,
        forum);
  }

  @Override
  public Map<Integer, Integer> businessesTakingPart(LocalDateTime now, Optional<String> forum) {
    return byYear(
        "select extract(year from m.starts_local), count(distinct r.org_number)"
            + " from meeting_registration r join meeting m on m.id = r.meeting_id"
            + " join meeting_forum f on f.id = m.forum_id"
            + " where m.status = 'SCHEDULED' and m.ends_local < ?"
            + " and (cast(? as varchar(200)) is null or lower(f.name) = ?)"
            + " and r.attendance = 'ATTENDED' and r.participant_kind = 'BUSINESS'"
            + " and r.org_number is not null"
            + " group by extract(year from m.starts_local)",
        now,
        forum);
  }

  private Map<Integer, Integer> byYear(String sql, LocalDateTime now, Optional<String> forum) {
    String name = forum.map(f -> f.strip().toLowerCase(Locale.ROOT)).orElse(null);
    List<int[]> rows =
        Rows.list(
            tx.connection(), sql, rs -> new int[] {rs.getInt(1), rs.getInt(2)}, now, name, name);
    Map<Integer, Integer> out = new LinkedHashMap<>();
    rows.stream().sorted((a, b) -> Integer.compare(a[0], b[0])).forEach(r -> out.put(r[0], r[1]));
    return out;
  }
}
