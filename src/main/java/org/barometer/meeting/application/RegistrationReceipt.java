package org.barometer.meeting.application;

import org.barometer.meeting.domain.RegistrationStatus;

/**
 * The answer to a registration: confirmed or waiting (with the place in line), and the personal
 * link, which is shown once on the confirmation page and sent by e-mail; only its hash is stored.
 */
public record RegistrationReceipt(
    long registrationId, RegistrationStatus status, int waitingPosition, String personalLink) {}
