package org.barometer.meeting.application;

import java.time.LocalDate;
import org.barometer.meeting.domain.FollowUp;

/**
 * An open follow-up point as the list across meetings shows it: with its meeting and, when it names
 * one, the goal's and the plan's titles.
 *
 * @param goalTitle null when it names no goal, or a goal its plan no longer has
 * @param planTitle likewise
 */
public record OpenFollowUp(
    FollowUp followUp,
    boolean overdue,
    String meetingTitle,
    LocalDate meetingDay,
    String planTitle,
    String goalTitle) {}
