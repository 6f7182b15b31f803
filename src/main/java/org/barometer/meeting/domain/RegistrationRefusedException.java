package org.barometer.meeting.domain;

import org.barometer.platform.error.ConflictException;

/** A registration the meeting's state does not allow, with the reason to show the person. */
public class RegistrationRefusedException extends ConflictException {

  private final Refusal reason;

  public RegistrationRefusedException(Refusal reason) {
    super("registration", reason.message());
    this.reason = reason;
  }

  public Refusal reason() {
    return reason;
  }
}
