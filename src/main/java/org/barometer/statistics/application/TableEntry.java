package org.barometer.statistics.application;

import java.time.Instant;

/**
 * A stored table as the catalogue lists it.
 *
 * @param id the table's id
 * @param source the publishing office ("SSB", "SCB", "Kolada")
 * @param code the office's table code ("12367", "TAB005")
 * @param title the title in the language it was imported in
 * @param language that language, or null when the file did not say
 * @param updated the office's own "last updated", as written in the file, or null
 * @param importedAt when Barometer last imported it
 * @param series how many series it holds
 */
public record TableEntry(
    long id,
    String source,
    String code,
    String title,
    String language,
    String updated,
    Instant importedAt,
    int series) {}
