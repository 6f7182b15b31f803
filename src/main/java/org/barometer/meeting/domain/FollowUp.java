package org.barometer.meeting.domain;

import java.time.LocalDate;
import java.util.Objects;
import org.barometer.platform.error.InvalidInputException;

/**
 * Something agreed at a meeting that someone must do by a date. It may serve a goal of the business
 * plan; until the goals feature exists, that link is a plain reference such as
 * "sandefjord-2023/2.1" (plan id, slash, goal id).
 *
 * @param id null before it is stored
 */
public record FollowUp(
    Long id,
    long meetingId,
    String text,
    String owner,
    LocalDate dueOn,
    FollowUpStatus status,
    String goalRef) {

  public FollowUp {
    text = Text.required("text", text, 1000);
    owner = Text.required("owner", owner, 200);
    if (dueOn == null) {
      throw new InvalidInputException("dueOn", "dueOn is required");
    }
    status = Objects.requireNonNullElse(status, FollowUpStatus.OPEN);
    goalRef = Text.optional("goalRef", goalRef, 200);
  }

  public FollowUp withId(long newId) {
    return new FollowUp(newId, meetingId, text, owner, dueOn, status, goalRef);
  }
}
