package org.barometer.meeting.domain;

import java.time.LocalDateTime;

/** One meeting in a business's engagement: when, what, and how it went for that business. */
public record EngagementEntry(
    long meetingId,
    String title,
    LocalDateTime start,
    RegistrationStatus status,
    Attendance attendance,
    boolean walkIn) {}
