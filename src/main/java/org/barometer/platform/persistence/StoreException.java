package org.barometer.platform.persistence;

import java.sql.SQLException;

/** A database failure in a JDBC store, unchecked so that it rolls back the transaction. */
public class StoreException extends IllegalStateException {

  public StoreException(String what, SQLException cause) {
    super(what + " failed: " + cause.getMessage(), cause);
  }

  /** The SQLSTATE of the database's refusal. */
  public String sqlState() {
    return ((SQLException) getCause()).getSQLState();
  }
}
