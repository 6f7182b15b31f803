package org.barometer.meeting.domain;

/** A follow-up point is open until it is done or consciously dropped. */
public enum FollowUpStatus {
  OPEN,
  DONE,
  DROPPED
}
