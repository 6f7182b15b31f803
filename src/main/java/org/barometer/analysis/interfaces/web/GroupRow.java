package org.barometer.analysis.interfaces.web;

/** One shown group of a breakdown as the table shows it. */
public record GroupRow(String group, String n, String mean, String interval) {}
