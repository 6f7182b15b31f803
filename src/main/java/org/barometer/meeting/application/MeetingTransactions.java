package org.barometer.meeting.application;

import java.util.function.Supplier;

/**
 * One unit of work on the meeting tables: everything {@code work} does through the repositories is
 * committed together or not at all. A unit that lost a race on a lock (a deadlock, a lock timeout,
 * a serialisation failure) is run again from the start, so {@code work} must do nothing outside the
 * database; the services send their e-mails after it returns.
 */
public interface MeetingTransactions {

  <T> T inTransaction(Supplier<T> work);

  default void run(Runnable work) {
    inTransaction(
        () -> {
          work.run();
          return null;
        });
  }
}
