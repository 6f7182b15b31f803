package org.barometer.statistics.application;

/**
 * One table of a file, stored.
 *
 * @param tableId the stored table's id
 * @param source the office
 * @param tableCode its table code
 * @param title its title
 * @param summary what the import did
 */
public record ImportResult(
    long tableId, String source, String tableCode, String title, ImportSummary summary) {}
