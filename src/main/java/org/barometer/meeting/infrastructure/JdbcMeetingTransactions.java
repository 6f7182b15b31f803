package org.barometer.meeting.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.barometer.meeting.application.MeetingTransactions;
import org.barometer.platform.persistence.JdbcTransactions;

/**
 * Units of work on the meeting tables as {@link JdbcTransactions}: one connection per unit, bound
 * to the thread so the repositories share it, run again after a lost race. Plain JDBC rather than
 * JPA because seat allocation must lock the meeting row and count in the same transaction, which is
 * easiest to see (and to test on H2 without a server) here. The services suspend any container
 * transaction of their callers.
 */
@ApplicationScoped
public class JdbcMeetingTransactions implements MeetingTransactions {

  @Inject JdbcTransactions transactions;

  protected JdbcMeetingTransactions() {}

  /** For use outside a container, on any data source with Barometer's schema. */
  public JdbcMeetingTransactions(DataSource dataSource) {
    this.transactions = new JdbcTransactions(dataSource);
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    return transactions.inTransaction("A unit of work on the meeting tables", c -> work.get());
  }

  /** The connection of the unit of work running on this thread. */
  Connection connection() {
    return transactions.connection();
  }
}
