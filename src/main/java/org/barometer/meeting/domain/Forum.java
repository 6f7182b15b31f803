package org.barometer.meeting.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.TextInput;

/**
 * A recurring kind of meeting (a breakfast club, a business council, the yearly round-table talk)
 * with the person or unit that organises it, the strategic areas of the plan it serves, how often
 * it must meet and the goals of the plans it serves.
 *
 * @param id null before it is stored
 * @param meetsEveryMonths how often it must meet, in months (Stenungsund's round-table talk: 12);
 *     null when it has no such rule
 * @param goals the goals of the plans it serves, each checked against the plans when written
 */
public record Forum(
    Long id,
    String name,
    String organiser,
    String description,
    List<String> strategicAreas,
    Integer meetsEveryMonths,
    List<GoalLink> goals) {

  public Forum {
    name = TextInput.required("name", name, 200);
    organiser = TextInput.required("organiser", organiser, 200);
    description = TextInput.optional("description", description, 10_000);
    strategicAreas =
        Objects.requireNonNullElse(strategicAreas, List.<String>of()).stream()
            .map(a -> TextInput.required("strategicAreas", a, 200))
            .distinct()
            .toList();
    if (meetsEveryMonths != null && (meetsEveryMonths < 1 || meetsEveryMonths > 60)) {
      throw new InvalidInputException(
          "meetsEveryMonths", "meetsEveryMonths must be from 1 to 60 months");
    }
    goals =
        Objects.requireNonNullElse(goals, List.<GoalLink>of()).stream()
            .filter(Objects::nonNull)
            .distinct()
            .toList();
  }

  /** A forum without a meeting rule or goals. */
  public Forum(
      Long id, String name, String organiser, String description, List<String> strategicAreas) {
    this(id, name, organiser, description, strategicAreas, null, List.of());
  }

  public Forum withId(long newId) {
    return new Forum(newId, name, organiser, description, strategicAreas, meetsEveryMonths, goals);
  }

  /**
   * The day by which the forum must meet next: its rule's months after the last meeting held. Empty
   * without a rule; with a rule and no meeting held yet, it is due now ({@code today}).
   */
  public Optional<LocalDate> nextMeetingDue(Optional<LocalDate> lastHeld, LocalDate today) {
    if (meetsEveryMonths == null) {
      return Optional.empty();
    }
    return Optional.of(lastHeld.map(d -> d.plusMonths(meetsEveryMonths)).orElse(today));
  }

  /** Whether the forum has gone longer without a meeting than its rule allows. */
  public boolean meetingOverdue(Optional<LocalDate> lastHeld, LocalDate today) {
    return lastHeld.isPresent()
        && nextMeetingDue(lastHeld, today).map(today::isAfter).orElse(false);
  }
}
