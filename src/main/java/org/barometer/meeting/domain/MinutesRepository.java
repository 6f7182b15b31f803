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
}
