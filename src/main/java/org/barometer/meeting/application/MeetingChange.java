package org.barometer.meeting.application;

import org.barometer.meeting.domain.Meeting;

/** The result of editing a meeting: the meeting as stored, who moved up, how many were told. */
public record MeetingChange(Meeting meeting, int promoted, int notified) {}
