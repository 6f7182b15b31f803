package org.barometer.meeting.infrastructure;

import java.sql.SQLException;

/** A database failure on the meeting tables, unchecked so it rolls back the unit of work. */
public class MeetingStoreException extends RuntimeException {

  public MeetingStoreException(String what, SQLException cause) {
    super(what + " failed: " + cause.getMessage(), cause);
  }

  /** The SQLSTATE of the database's refusal. */
  public String sqlState() {
    return ((SQLException) getCause()).getSQLState();
  }
}
