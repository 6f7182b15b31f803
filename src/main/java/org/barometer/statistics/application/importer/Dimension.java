package org.barometer.statistics.application.importer;

import java.util.List;

/**
 * One dimension of a table (region, time, contents, sex, ...), with its categories in the order the
 * cells use them.
 *
 * @param id the code the office uses ("KOKkommuneregion0000", "Tid", "region")
 * @param label the dimension's name in the chosen language
 * @param role what the file says the dimension is (JSON-stat {@code role}, PX TIMEVAL and
 *     CONTVARIABLE); {@link DimensionRole#OTHER} when it does not say
 * @param categories the categories, in cell order
 */
public record Dimension(String id, String label, DimensionRole role, List<Category> categories) {

  public Dimension {
    categories = List.copyOf(categories);
    if (categories.isEmpty()) {
      throw new IllegalArgumentException("Dimension " + id + " has no categories");
    }
  }

  /** The position of the category with this code. */
  public int position(String code) {
    for (int i = 0; i < categories.size(); i++) {
      if (categories.get(i).code().equals(code)) {
        return i;
      }
    }
    throw new IllegalArgumentException("Dimension " + id + " has no category " + code);
  }
}
