package org.barometer.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * What an activity came from: a meeting (a round table where businesses asked for it) or a
 * follow-up point of a meeting's minutes. Exactly one of the two is set.
 */
@Embeddable
public class ActivityOrigin {

  @Column(name = "meeting_id")
  private Long meetingId;

  @Column(name = "follow_up_id")
  private Long followUpId;

  protected ActivityOrigin() {}

  private ActivityOrigin(Long meetingId, Long followUpId) {
    this.meetingId = meetingId;
    this.followUpId = followUpId;
  }

  public static ActivityOrigin meeting(long meetingId) {
    return new ActivityOrigin(meetingId, null);
  }

  public static ActivityOrigin followUp(long followUpId) {
    return new ActivityOrigin(null, followUpId);
  }

  /** The meeting, or null when the origin is a follow-up. */
  public Long meetingId() {
    return meetingId;
  }

  /** The follow-up point, or null when the origin is a meeting. */
  public Long followUpId() {
    return followUpId;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ActivityOrigin other
        && Objects.equals(meetingId, other.meetingId)
        && Objects.equals(followUpId, other.followUpId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(meetingId, followUpId);
  }
}
