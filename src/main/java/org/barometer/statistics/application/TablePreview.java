package org.barometer.statistics.application;

import java.util.List;
import java.util.Map;
import org.barometer.shared.Country;

/**
 * One table of an uploaded file, before it is stored: what the user checks before importing.
 *
 * @param index its position in the file (a JSON-stat collection holds several)
 * @param format the file format
 * @param tableCode the office's table code, or null when the file has none (a CSV file: the user
 *     names it)
 * @param title its title
 * @param source the office as guessed from the file ("SSB", "SCB"), or null
 * @param office the country whose region codes it uses, as guessed
 * @param cells how many cells, missing ones included
 * @param missingBySymbol missing cells by status symbol
 * @param dimensions its dimensions in cell order
 * @param mapping the guessed mapping of region, time and measure
 */
public record TablePreview(
    int index,
    String format,
    String tableCode,
    String title,
    String source,
    Country office,
    long cells,
    Map<String, Long> missingBySymbol,
    List<DimensionPreview> dimensions,
    DatasetMapping mapping) {}
