package org.barometer.platform.error;

/**
 * A request that is well formed but not possible in the current state: answering a closed cycle,
 * submitting a questionnaire twice, opening a cycle that is already open.
 */
public class ConflictException extends RuntimeException {

  private final String field;

  public ConflictException(String message) {
    this(null, message);
  }

  public ConflictException(String field, String message) {
    super(message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
