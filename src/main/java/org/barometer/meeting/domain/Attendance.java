package org.barometer.meeting.domain;

/** What check-in recorded: unknown until staff mark the person present or absent. */
public enum Attendance {
  UNKNOWN,
  ATTENDED,
  NO_SHOW
}
