package org.barometer.meeting.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A business's part in the dialogue over time: the meetings it registered for, attended and missed
 * (registered, confirmed, but marked no-show). Built from registrations only; it is never joined
 * with survey answers, which stay anonymous.
 */
public record Engagement(
    String orgNumber, int registered, int attended, int missed, List<EngagementEntry> meetings) {

  /**
   * Counts per meeting, not per person: two colleagues at one breakfast are one meeting attended. A
   * meeting is registered if anyone registered in advance (not cancelled, not a walk-in), attended
   * if anyone was there, missed if registered and confirmed but nobody came.
   */
  public static Engagement of(String orgNumber, List<EngagementEntry> entries) {
    Map<Long, List<EngagementEntry>> byMeeting = new LinkedHashMap<>();
    entries.forEach(
        e -> byMeeting.computeIfAbsent(e.meetingId(), k -> new java.util.ArrayList<>()).add(e));
    int registered = 0;
    int attended = 0;
    int missed = 0;
    for (List<EngagementEntry> rows : byMeeting.values()) {
      boolean reg =
          rows.stream().anyMatch(e -> !e.walkIn() && e.status() != RegistrationStatus.CANCELLED);
      boolean came = rows.stream().anyMatch(e -> e.attendance() == Attendance.ATTENDED);
      boolean noShow =
          rows.stream()
              .anyMatch(
                  e ->
                      e.attendance() == Attendance.NO_SHOW
                          && e.status() == RegistrationStatus.CONFIRMED);
      registered += reg ? 1 : 0;
      attended += came ? 1 : 0;
      missed += reg && !came && noShow ? 1 : 0;
    }
    return new Engagement(orgNumber, registered, attended, missed, List.copyOf(entries));
  }
}
