package org.barometer.meeting.domain;

/**
 * Why a registration is refused. The message is for the person registering; the REST layer may
 * translate by the code.
 */
public enum Refusal {
  DEADLINE_PASSED("The registration deadline has passed."),
  MEETING_CANCELLED("The meeting has been cancelled."),
  NOT_INVITED(
      "This meeting is by invitation, and your organisation is not on the invitation list."),
  ALREADY_REGISTERED("This e-mail address is already registered for the meeting."),
  NO_CONSENT("Registration needs your consent to the processing of your personal data.");

  private final String message;

  Refusal(String message) {
    this.message = message;
  }

  public String message() {
    return message;
  }
}
