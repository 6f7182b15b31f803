package org.barometer.meeting.domain;

/** Seats taken and people waiting for one meeting, walk-ins not counted. */
public record SeatCounts(int confirmed, int waiting) {}
