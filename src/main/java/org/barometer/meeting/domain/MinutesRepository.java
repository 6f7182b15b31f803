package org.barometer.meeting.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Minutes and follow-up points, stored. Called inside a unit of work. */
public interface MinutesRepository {

  void save(Minutes minutes);

  Optional<Minutes> find(long meetingId);

  long add(FollowUp followUp, Instant now);

  void update(FollowUp followUp, Instant now);

  Optional<FollowUp> followUp(long id);

  List<FollowUp> followUps(long meetingId);

  /** Every open follow-up point, of every meeting. */
  List<FollowUp> open();

  /** The open follow-up points that serve a goal of the plan. */
  List<FollowUp> openForPlan(String planId);
}
