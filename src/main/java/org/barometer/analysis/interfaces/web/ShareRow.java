package org.barometer.analysis.interfaces.web;

/** One answer option with its share, for the table beside the distribution chart. */
public record ShareRow(String option, String share) {}
