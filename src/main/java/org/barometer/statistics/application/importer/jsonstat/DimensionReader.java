package org.barometer.statistics.application.importer.jsonstat;

import jakarta.json.stream.JsonParser.Event;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.barometer.statistics.application.importer.DimensionRole;
import org.barometer.statistics.application.importer.ImportException;

/**
 * Reads a dataset's {@code dimension} object: one member per dimension (its {@code label}, {@code
 * category} and {@code note}), and, in JSON-stat 1.x, also {@code id}, {@code size} and {@code
 * role}, which 2.0 moved up to the dataset. Both places fill the same fields of {@link RawDataset}.
 */
final class DimensionReader {

  private final JsonCursor cursor;
  private final CategoryReader categories;

  DimensionReader(JsonCursor cursor) {
    this.cursor = cursor;
    this.categories = new CategoryReader(cursor);
  }

  void read(Event first, RawDataset raw) throws ImportException {
    cursor.expect(first, Event.START_OBJECT, "an object of dimensions");
    raw.dimensionSeen = true;
    while (cursor.nextKey()) {
      String key = cursor.key();
      switch (key) {
        case "id" -> readIds(cursor.next(), raw);
        case "size" -> readSizes(cursor.next(), raw);
        case "role" -> readRoles(cursor.next(), raw);
        default -> readDimension(key, raw);
      }
    }
  }

  /** {@code id}: the dimension ids in cell order. */
  void readIds(Event first, RawDataset raw) throws ImportException {
    cursor.expect(first, Event.START_ARRAY, "an array of dimension ids");
    raw.idsWhere = cursor.where();
    List<String> ids = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    Event e;
    while ((e = cursor.next()) != Event.END_ARRAY) {
      if (e != Event.VALUE_STRING) {
        throw cursor.fail("expected a dimension id, found " + JsonCursor.describe(e));
      }
      if (!seen.add(cursor.text())) {
        throw cursor.fail("dimension id \"" + cursor.text() + "\" appears twice in id");
      }
      ids.add(cursor.text());
    }
    raw.ids = ids;
  }

  /**
   * {@code size}: the category count per dimension. The cell count is checked here, before any
   * array for the cells is allocated.
   */
  void readSizes(Event first, RawDataset raw) throws ImportException {
    cursor.expect(first, Event.START_ARRAY, "an array of sizes");
    raw.sizesWhere = cursor.where();
    List<Integer> sizes = new ArrayList<>();
    long cells = 1;
    while (true) {
      Event e = cursor.next();
      if (e == Event.END_ARRAY) {
        break;
      }
      if (e != Event.VALUE_NUMBER) {
        throw cursor.fail("expected a whole number, found " + JsonCursor.describe(e));
      }
      int size = parseSize();
      cells *= size;
      if (cells > JsonStatParser.MAX_CELLS) {
        throw cursor.fail(
            "the sizes make more than " + JsonStatParser.MAX_CELLS + " cells, the limit");
      }
      sizes.add(size);
    }
    raw.sizes = sizes.stream().mapToInt(Integer::intValue).toArray();
  }

  private int parseSize() throws ImportException {
    String text = cursor.text();
    long size;
    try {
      size = Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw cursor.fail("size " + text + " is not a whole number");
    }
    if (size < 1) {
      throw cursor.fail("size " + text + " is not a positive number of categories");
    }
    if (size > JsonStatParser.MAX_CELLS) {
      throw cursor.fail(
          "the sizes make more than " + JsonStatParser.MAX_CELLS + " cells, the limit");
    }
    return (int) size;
  }

  /** {@code role}: {"time": [ids], "geo": [ids], "metric": [ids]}; other roles are skipped. */
  void readRoles(Event first, RawDataset raw) throws ImportException {
    raw.rolesWhere = cursor.where();
    cursor.expect(first, Event.START_OBJECT, "an object of roles");
    while (cursor.nextKey()) {
      DimensionRole role =
          switch (cursor.key()) {
            case "time" -> DimensionRole.TIME;
            case "geo" -> DimensionRole.GEO;
            case "metric" -> DimensionRole.METRIC;
            default -> null;
          };
      if (role == null) {
        cursor.skip(cursor.next());
        continue;
      }
      for (String id : cursor.strings()) {
        DimensionRole before = raw.roles.putIfAbsent(id, role);
        if (before != null && before != role) {
          throw cursor.fail("dimension " + id + " has two roles: " + before + " and " + role);
        }
      }
    }
  }

  private void readDimension(String id, RawDataset raw) throws ImportException {
    Event first = cursor.next();
    if (first != Event.START_OBJECT) {
      throw cursor.fail(
          "dimension " + id + " is " + JsonCursor.describe(first) + ", not an object");
    }
    RawDimension dim = new RawDimension(id, cursor.where());
    if (raw.dimensions.putIfAbsent(id, dim) != null) {
      throw cursor.fail("dimension " + id + " appears twice");
    }
    while (cursor.nextKey()) {
      switch (cursor.key()) {
        case "label" -> dim.label = cursor.string();
        case "category" -> categories.read(cursor.next(), dim);
        case "note" -> dim.notes.addAll(cursor.strings());
        default -> cursor.skip(cursor.next()); // href, link, extension, class, ...
      }
    }
  }

  static DimensionRole roleOf(Map<String, DimensionRole> roles, String id) {
    return roles.getOrDefault(id, DimensionRole.OTHER);
  }
}
