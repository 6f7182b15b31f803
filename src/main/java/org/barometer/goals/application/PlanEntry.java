package org.barometer.goals.application;

import java.time.Instant;

/**
 * A stored plan as the list of plans shows it: what its latest version says.
 *
 * @param id the plan's id, from its file
 * @param municipalityCode the municipality's number
 * @param municipality its name
 * @param country NO or SE
 * @param title the plan's title
 * @param period "2023–2026" or "to 2030"
 * @param fileName the file its latest version was imported from
 * @param importedAt when that version was stored
 * @param versions how many versions the plan has
 */
public record PlanEntry(
    String id,
    String municipalityCode,
    String municipality,
    String country,
    String title,
    String period,
    String fileName,
    Instant importedAt,
    int versions) {}
