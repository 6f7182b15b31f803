package org.barometer.meeting.domain;

import java.util.List;
import java.util.Optional;

/** Forums, stored. Called inside a unit of work of {@code MeetingTransactions}. */
public interface ForumRepository {

  long add(Forum forum);

  void update(Forum forum);

  Optional<Forum> find(long id);

  List<Forum> all();
}
