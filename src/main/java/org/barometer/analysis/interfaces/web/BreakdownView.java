package org.barometer.analysis.interfaces.web;

import java.util.List;

/**
 * A breakdown table: the background question's name and a row per shown group. Hidden groups get no
 * row of dashes; a sentence under the table says that small groups are left out, and names the
 * groups hidden only so the small ones cannot be worked out from the total.
 *
 * @param protecting those groups, comma-separated, or null
 */
public record BreakdownView(
    String title, List<GroupRow> rows, boolean smallLeftOut, String protecting) {}
