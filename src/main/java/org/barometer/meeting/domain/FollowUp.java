package org.barometer.meeting.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.TextInput;

/**
 * Something agreed at a meeting that someone must do by a date. It may serve a goal of the business
 * plan, picked from the plan's goals ({@link GoalLink}).
 *
 * @param id null before it is stored
 * @param goal the goal it serves, or null
 */
public record FollowUp(
    Long id,
    long meetingId,
    String text,
    String owner,
    LocalDate dueOn,
    FollowUpStatus status,
    GoalLink goal) {

  /**
   * The order of a list of open follow-up points: those overdue first, then the rest, each by due
   * date (the longest overdue at the top), then in the order they were written down.
   */
  public static Comparator<FollowUp> overdueFirst(LocalDate today) {
    return Comparator.comparing((FollowUp f) -> !f.overdue(today))
        .thenComparing(FollowUp::dueOn)
        .thenComparing(f -> f.id() == null ? Long.MAX_VALUE : f.id());
  }

  public FollowUp {
    text = TextInput.required("text", text, 1000);
    owner = TextInput.required("owner", owner, 200);
    if (dueOn == null) {
      throw new InvalidInputException("dueOn", "dueOn is required");
    }
    status = Objects.requireNonNullElse(status, FollowUpStatus.OPEN);
  }

  public FollowUp withId(long newId) {
    return new FollowUp(newId, meetingId, text, owner, dueOn, status, goal);
  }

  /** Whether it is still open and its due date has passed: due today is not yet overdue. */
  public boolean overdue(LocalDate today) {
    return status == FollowUpStatus.OPEN && dueOn.isBefore(today);
  }
}
