package org.barometer.analysis.application;

/** How many chose one option of a choice question, and their share of the group's respondents. */
public record OptionShare(String option, long count, double share) {}
