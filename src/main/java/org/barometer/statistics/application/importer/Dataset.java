package org.barometer.statistics.application.importer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A statistics table as a statistics office published it, whatever the file format: its dimensions,
 * and one cell for every combination of their categories. Nothing is yet interpreted as regions,
 * periods or measures; that mapping comes after, and the user may change it.
 *
 * <p>Cells are stored densely in row-major order with the last dimension varying fastest (the order
 * of JSON-stat, and of a PX file's STUB variables followed by its HEADING variables). A missing
 * cell has the value {@link Double#NaN} and, usually, a status symbol such as {@code ".."}
 * (missing), {@code "."} (not applicable), {@code ":"} (confidential) or {@code "-"} (nil).
 *
 * @param format the file format, e.g. "JSON-stat 2.0", "JSON-stat 1.x", "PX"
 * @param tableId the office's table identifier (SSB "12367", SCB "TAB005"), or null
 * @param title the table's title in the chosen language
 * @param source the publishing office as the file names it, or null
 * @param updated when the office last updated the table, as written in the file, or null
 * @param language the language of the labels (nb, sv, en, ...), or null when the file does not say
 * @param dimensions the dimensions in cell order
 * @param values one value per cell; NaN where missing
 * @param status one status symbol per cell; null where the cell has none
 * @param cellNotes notes attached to single cells, by cell index
 * @param notes notes on the whole table
 */
public record Dataset(
    String format,
    String tableId,
    String title,
    String source,
    String updated,
    String language,
    List<Dimension> dimensions,
    double[] values,
    String[] status,
    Map<Integer, String> cellNotes,
    List<String> notes) {

  public Dataset {
    dimensions = List.copyOf(dimensions);
    cellNotes = Map.copyOf(cellNotes);
    notes = List.copyOf(notes);
    int size =
        dimensions.stream().mapToInt(d -> d.categories().size()).reduce(1, Math::multiplyExact);
    if (values.length != size || status.length != size) {
      throw new IllegalArgumentException(
          "The dimensions make "
              + size
              + " cells, but there are "
              + values.length
              + " values and "
              + status.length
              + " statuses");
    }
  }

  /** The number of cells: the product of the dimensions' sizes. */
  /** The same table under another table code: a CSV file's, which the user names. */
  public Dataset withTableId(String id) {
    return new Dataset(
        format, id, title, source, updated, language, dimensions, values, status, cellNotes, notes);
  }

  public int size() {
    return values.length;
  }

  /** The cell index of one category position per dimension, in dimension order. */
  public int index(int... positions) {
    if (positions.length != dimensions.size()) {
      throw new IllegalArgumentException(
          "Expected " + dimensions.size() + " positions, got " + positions.length);
    }
    int index = 0;
    for (int d = 0; d < positions.length; d++) {
      int size = dimensions.get(d).categories().size();
      Objects.checkIndex(positions[d], size);
      index = index * size + positions[d];
    }
    return index;
  }

  /** The cell index for one category code per dimension, in dimension order. */
  public int index(String... codes) {
    int[] positions = new int[codes.length];
    for (int d = 0; d < codes.length; d++) {
      positions[d] = dimensions.get(d).position(codes[d]);
    }
    return index(positions);
  }

  public Dimension dimension(String id) {
    return dimensions.stream()
        .filter(d -> d.id().equals(id))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("No dimension " + id));
  }

  /** How many cells are missing, by status symbol (cells without a symbol count under ""). */
  public Map<String, Long> missingBySymbol() {
    var counts = new java.util.TreeMap<String, Long>();
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i])) {
        counts.merge(status[i] == null ? "" : status[i], 1L, Long::sum);
      }
    }
    return counts;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Dataset d
        && Objects.equals(format, d.format)
        && Objects.equals(tableId, d.tableId)
        && Objects.equals(title, d.title)
        && dimensions.equals(d.dimensions)
        && Arrays.equals(values, d.values)
        && Arrays.equals(status, d.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(format, tableId, title, dimensions, Arrays.hashCode(values));
  }

  @Override
  public String toString() {
    return format
        + " "
        + tableId
        + " '"
        + title
        + "' "
        + dimensions.size()
        + " dimensions, "
        + size()
        + " cells";
  }
}
