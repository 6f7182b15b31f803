package org.barometer.meeting.application;

import org.barometer.platform.error.InvalidInputException;

/**
 * A goal link that names a plan or a goal the plans do not have. The API answers it with 400 naming
 * the field ({@code planId} or {@code goalId}): the link is a reference, like an unknown choice,
 * not a value out of range.
 */
public class UnknownGoalException extends InvalidInputException {

  private static final long serialVersionUID = 1L;

  public UnknownGoalException(String field, String message) {
    super(field, message);
  }
}
