package org.barometer.statistics.application.importer;

/**
 * The unit of a measure and how many decimals it is published with.
 *
 * @param label the unit as the office writes it ("1000 kr", "persons", "årsverk")
 * @param decimals decimals shown, or null when the file does not say
 */
public record Unit(String label, Integer decimals) {}
