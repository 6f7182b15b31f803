package org.barometer.meeting.domain;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The dialogue counted from the meeting records, by calendar year. Called inside a unit of work.
 */
public interface DialogueStatistics {

  /**
   * Meetings held by year of their start: not cancelled, and ended before {@code now} (civil time).
   *
   * @param forum the forum's name (any case), or empty for every forum
   */
  Map<Integer, Integer> meetingsHeld(LocalDateTime now, Optional<String> forum);

  /**
   * Businesses taking part, by year: distinct organisation numbers of registrations marked as
   * attended at those meetings, businesses only.
   */
  Map<Integer, Integer> businessesTakingPart(LocalDateTime now, Optional<String> forum);
}
