package org.barometer.statistics.application.importer.jsonstat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import org.barometer.statistics.application.importer.Category;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.Dimension;
import org.barometer.statistics.application.importer.DimensionRole;
import org.barometer.statistics.application.importer.ImportException;

/**
 * Checks a {@link RawDataset} against its own shape ({@code id}, {@code size}, the categories, the
 * cells) and turns it into a {@link Dataset}. Every check names where the member was read, since by
 * now the parser has moved on.
 */
final class JsonStatDatasetAssembler {

  private final String fileName;

  JsonStatDatasetAssembler(String fileName) {
    this.fileName = fileName;
  }

  Dataset assemble(RawDataset raw, String format) throws ImportException {
    String here = raw.name == null ? null : "key " + raw.name;
    if (raw.ids == null) {
      throw new ImportException(fileName, here, "the dataset has no id (the dimension ids)");
    }
    if (raw.sizes == null) {
      throw new ImportException(fileName, here, "the dataset has no size");
    }
    if (raw.sizes.length != raw.ids.size()) {
      throw new ImportException(
          fileName,
          raw.sizesWhere,
          "size has "
              + raw.sizes.length
              + " entries but id names "
              + raw.ids.size()
              + " dimensions");
    }
    for (String id : raw.roles.keySet()) {
      if (!raw.ids.contains(id)) {
        throw new ImportException(
            fileName, raw.rolesWhere, "role names dimension " + id + ", which id does not list");
      }
    }
    List<Dimension> dimensions = new ArrayList<>();
    List<String> notes = new ArrayList<>(raw.notes);
    for (int d = 0; d < raw.ids.size(); d++) {
      dimensions.add(dimension(raw, d, notes));
    }
    int cells = (int) raw.cells(); // at most MAX_CELLS: checked when size was read
    double[] values = values(raw, cells);
    String[] status = status(raw, cells);
    return new Dataset(
        format,
        raw.tableId,
        raw.label,
        raw.source,
        raw.updated,
        raw.language,
        dimensions,
        values,
        status,
        Map.of(),
        notes);
  }

  private Dimension dimension(RawDataset raw, int d, List<String> notes) throws ImportException {
    String id = raw.ids.get(d);
    RawDimension dim = raw.dimensions.get(id);
    if (dim == null) {
      throw new ImportException(
          fileName,
          raw.idsWhere,
          "dimension " + id + " is listed in id but has no entry in dimension");
    }
    List<String> codes = dim.orderedCodes();
    if (codes.isEmpty()) {
      throw new ImportException(
          fileName,
          dim.where,
          "dimension " + id + " has neither category.index nor category.label");
    }
    if (codes.size() != raw.sizes[d]) {
      throw new ImportException(
          fileName,
          dim.categoryWhere != null ? dim.categoryWhere : dim.where,
          "dimension " + id + " has " + codes.size() + " categories but size says " + raw.sizes[d]);
    }
    List<Category> categories = new ArrayList<>(codes.size());
    for (String code : codes) {
      String label = dim.labels.getOrDefault(code, null);
      categories.add(
          new Category(
              code,
              label != null ? label : code,
              dim.units.get(code),
              dim.categoryNotes.get(code)));
    }
    String label = dim.label != null ? dim.label : id;
    for (String note : dim.notes) {
      notes.add(label + ": " + note);
    }
    DimensionRole role = DimensionReader.roleOf(raw.roles, id);
    return new Dimension(id, label, role, categories);
  }

  private double[] values(RawDataset raw, int cells) throws ImportException {
    if (raw.values != null) {
      if (raw.values.size() != cells) {
        throw new ImportException(
            fileName,
            raw.valueWhere,
            "value has " + raw.values.size() + " entries but the dataset has " + cells + " cells");
      }
      return raw.values.toArray();
    }
    if (raw.sparseKeys == null) {
      throw new ImportException(
          fileName, raw.name == null ? null : "key " + raw.name, "the dataset has no value");
    }
    double[] values = new double[cells];
    Arrays.fill(values, Double.NaN);
    BitSet seen = new BitSet(cells);
    for (int i = 0; i < raw.sparseKeys.size(); i++) {
      int cell = raw.sparseKeys.get(i);
      checkCell(cell, cells, seen, raw.valueWhere, "value");
      values[cell] = raw.sparseValues.get(i);
    }
    return values;
  }

  private String[] status(RawDataset raw, int cells) throws ImportException {
    String[] status = new String[cells];
    if (raw.statusForAll != null) {
      Arrays.fill(status, raw.statusForAll);
    } else if (raw.statusList != null) {
      int n = raw.statusList.size();
      if (n == 1) {
        Arrays.fill(status, raw.statusList.get(0));
      } else if (n == cells) {
        for (int i = 0; i < n; i++) {
          status[i] = raw.statusList.get(i);
        }
      } else {
        throw new ImportException(
            fileName,
            raw.statusWhere,
            "status has " + n + " entries; it needs 1 or one per cell (" + cells + ")");
      }
    } else if (raw.statusKeys != null) {
      BitSet seen = new BitSet(cells);
      for (int i = 0; i < raw.statusKeys.size(); i++) {
        int cell = raw.statusKeys.get(i);
        checkCell(cell, cells, seen, raw.statusWhere, "status");
        status[cell] = raw.statusValues.get(i);
      }
    }
    return status;
  }

  private void checkCell(int cell, int cells, BitSet seen, String where, String member)
      throws ImportException {
    if (cell >= cells) {
      throw new ImportException(
          fileName,
          where,
          member
              + ": cell index "
              + cell
              + " is out of range: the dataset has "
              + cells
              + " cells");
    }
    if (seen.get(cell)) {
      throw new ImportException(
          fileName, where, member + ": cell index " + cell + " appears twice");
    }
    seen.set(cell);
  }
}
