package org.barometer.statistics.application.importer.jsonstat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.statistics.application.importer.Unit;

/**
 * One member of a dataset's {@code dimension} object as read, before it is checked against {@code
 * id} and {@code size}. Small (one entry per category), so plain collections are fine.
 */
final class RawDimension {

  final String id;

  /** Where the dimension's object starts, for messages about it. */
  final String where;

  String label;

  /** Category codes in cell order, from {@code category.index}; null when there is no index. */
  List<String> codes;

  /** Where {@code category} was read. */
  String categoryWhere;

  /** {@code category.label}, in the file's key order (the cell order when there is no index). */
  final Map<String, String> labels = new LinkedHashMap<>();

  final Map<String, Unit> units = new HashMap<>();
  final Map<String, String> categoryNotes = new HashMap<>();
  final List<String> notes = new ArrayList<>();

  RawDimension(String id, String where) {
    this.id = id;
    this.where = where;
  }

  /** The codes in cell order: the index, else the label keys in file order. */
  List<String> orderedCodes() {
    return codes != null ? codes : new ArrayList<>(labels.keySet());
  }
}
