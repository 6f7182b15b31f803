package org.barometer.meeting.application;

import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.PendingRegistration;

/** A registration waiting for its confirmation link to be opened, with its meeting. */
public record PendingView(PendingRegistration pending, Meeting meeting) {}
