package org.barometer.statistics.infrastructure.fetch.kolada;

/**
 * One Kolada key figure as the catalogue describes it.
 *
 * @param id "N00002"
 * @param title its name (Swedish)
 * @param municipalityType "K" municipalities, "L" regions, "A" both
 * @param dividedByGender whether values for women and men are published besides the total
 * @param operatingArea the area it belongs to, or null
 */
public record Kpi(
    String id,
    String title,
    String municipalityType,
    boolean dividedByGender,
    String operatingArea) {}
