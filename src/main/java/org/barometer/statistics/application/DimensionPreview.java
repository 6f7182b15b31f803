package org.barometer.statistics.application;

import java.util.List;
import org.barometer.statistics.application.importer.Dimension;
import org.barometer.statistics.application.importer.DimensionRole;

/**
 * A dimension as the import preview shows it, so the user can check the guessed mapping: its id,
 * name, role in the file, size and first categories.
 *
 * @param id the office's id
 * @param label its name
 * @param role what the file says it is
 * @param size how many categories
 * @param examples the first few categories as "code label"
 */
public record DimensionPreview(
    String id, String label, DimensionRole role, int size, List<String> examples) {

  private static final int EXAMPLES = 4;

  static DimensionPreview of(Dimension d) {
    return new DimensionPreview(
        d.id(),
        d.label() == null ? d.id() : d.label(),
        d.role(),
        d.categories().size(),
        d.categories().stream()
            .limit(EXAMPLES)
            .map(
                c ->
                    c.label() == null || c.label().equals(c.code())
                        ? c.code()
                        : c.code() + " " + c.label())
            .toList());
  }
}
