package org.barometer.goals.application.editor;

/**
 * One thing an analyst may pick: the value a plan file writes and its label for people.
 *
 * @param value what the plan file holds (a survey's code, {@code index:climate}, a table's code)
 * @param label what the picker shows
 */
public record Choice(String value, String label) {}
