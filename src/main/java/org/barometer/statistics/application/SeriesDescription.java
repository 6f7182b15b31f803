package org.barometer.statistics.application;

/**
 * One series of a table: a measure with the table's other dimensions held at one category each.
 * KOSTRA 12367 (region × regnskapsomfang × funksjon × art × ContentsCode × Tid) has one series per
 * combination of regnskapsomfang, funksjon, art and ContentsCode.
 *
 * @param measureCode the measure's code (ContentsCode category), or the table code when the table
 *     has no measure dimension
 * @param measureLabel the measure's label in the file's language
 * @param unit the measure's unit, or null
 * @param decimals the decimals it is published with, or null
 * @param variantKey the fixed categories, canonical: {@code dimension=code} joined by {@code |} in
 *     the table's dimension order; {@code ""} when there are none
 * @param variantLabel the same for people: {@code label: category label} joined by {@code , }
 */
public record SeriesDescription(
    String measureCode,
    String measureLabel,
    String unit,
    Integer decimals,
    String variantKey,
    String variantLabel) {}
