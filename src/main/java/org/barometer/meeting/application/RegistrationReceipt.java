package org.barometer.meeting.application;

import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationStatus;

/**
 * The answer to a registration: confirmed or waiting, with the place in line. The personal link is
 * only ever sent by e-mail, to the address that registered.
 */
public record RegistrationReceipt(
    long registrationId, RegistrationStatus status, int waitingPosition) {

  static RegistrationReceipt of(Registration r) {
    return new RegistrationReceipt(r.id(), r.status(), r.waitingPosition());
  }
}
