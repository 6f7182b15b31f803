package org.barometer.meeting.domain;

/** Who may register: anyone with the link, or only the businesses staff invited. */
public enum Access {
  OPEN,
  INVITATION
}
