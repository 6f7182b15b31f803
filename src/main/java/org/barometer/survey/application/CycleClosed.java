package org.barometer.survey.application;

/** A cycle was closed: its answers are final, and anything computed from them may be cached. */
public record CycleClosed(long cycleId) {}
