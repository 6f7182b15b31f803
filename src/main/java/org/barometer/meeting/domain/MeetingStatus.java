package org.barometer.meeting.domain;

/**
 * A meeting is held as planned unless staff cancel it; a cancelled meeting takes no registrations.
 */
public enum MeetingStatus {
  SCHEDULED,
  CANCELLED
}
