package org.barometer.platform.error;

import java.util.List;

/**
 * Input that cannot be accepted, with every problem found in it. Thrown before anything is written,
 * or inside the transaction that is then rolled back, so nothing half-written stays.
 */
public class InvalidInputException extends RuntimeException {

  private final String field;
  private final transient List<Problem> problems;

  public InvalidInputException(String field, String message) {
    this(field, message, List.of());
  }

  public InvalidInputException(String field, String message, List<Problem> problems) {
    super(message);
    this.field = field;
    this.problems = List.copyOf(problems);
  }

  public String field() {
    return field;
  }

  public List<Problem> problems() {
    return problems;
  }
}
