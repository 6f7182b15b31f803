package org.barometer.meeting.application;

import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.Registration;

/** What a registrant sees from their personal link: their registration and the meeting. */
public record RegistrationView(Registration registration, Meeting meeting) {}
