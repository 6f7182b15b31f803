package org.barometer.statistics.application.importer.jsonstat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.statistics.application.importer.DimensionRole;

/**
 * The members of one dataset object as read, in whatever order the file has them. JSON-stat allows
 * {@code value} before {@code id} and {@code size}, so nothing is checked against the shape until
 * {@link JsonStatDatasetAssembler} has all of it. Cells are kept in primitive arrays.
 */
final class RawDataset {

  /** The bundle member name (JSON-stat 1.x) or null. */
  final String name;

  String datasetClass;
  String label;
  String source;
  String updated;
  String version;
  String tableId;
  String language;
  final List<String> notes = new ArrayList<>();

  List<String> ids;
  String idsWhere;
  int[] sizes;
  String sizesWhere;
  final Map<String, DimensionRole> roles = new LinkedHashMap<>();
  String rolesWhere;
  final Map<String, RawDimension> dimensions = new LinkedHashMap<>();
  boolean dimensionSeen;

  /** Dense values ({@code value} as an array), or null. */
  Growable.Doubles values;

  /** Sparse values ({@code value} as an object): cell indexes and their values, or null. */
  Growable.Ints sparseKeys;

  Growable.Doubles sparseValues;
  String valueWhere;

  /** {@code status} as one string for every cell, or null. */
  String statusForAll;

  /** {@code status} as an array, or null. */
  Growable.Strings statusList;

  /** {@code status} as an object: cell indexes and their symbols, or null. */
  Growable.Ints statusKeys;

  Growable.Strings statusValues;
  String statusWhere;

  RawDataset(String name) {
    this.name = name;
  }

  /** Whether this object carries data rather than being a link (a collection item with href). */
  boolean hasData() {
    return dimensionSeen || values != null || sparseKeys != null;
  }

  /** The number of cells once {@code size} is known, else -1. */
  long cells() {
    if (sizes == null) {
      return -1;
    }
    long n = 1;
    for (int s : sizes) {
      n *= s;
      if (n > Integer.MAX_VALUE) {
        return n;
      }
    }
    return n;
  }
}
