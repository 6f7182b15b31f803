package org.barometer.statistics.application.importer.jsonstat;

import jakarta.json.stream.JsonParser.Event;
import java.util.HashMap;
import java.util.Map;
import org.barometer.statistics.application.importer.ImportException;

/**
 * Reads a dataset's {@code value} and {@code status} straight into primitive arrays.
 *
 * <ul>
 *   <li>{@code value}: an array (one entry per cell, null for a missing cell) or an object keyed by
 *       cell index (absent cells are missing). Numbers are read with {@link Double#parseDouble} on
 *       the token's text: JSON number syntax is a subset of Java's, and it avoids a BigDecimal per
 *       cell. A text value is refused: Barometer stores numbers only.
 *   <li>{@code status}: a text for every cell, an array (one entry for all cells, or one per cell)
 *       or an object keyed by cell index. Symbols are shared, not one String per cell.
 * </ul>
 *
 * <p>The number of values is bounded by the cell count when {@code size} came first, else by {@link
 * JsonStatParser#MAX_CELLS}, so the arrays never outgrow the limit.
 */
final class CellReader {

  private final JsonCursor cursor;
  private final Map<String, String> symbols = new HashMap<>();

  CellReader(JsonCursor cursor) {
    this.cursor = cursor;
  }

  void readValues(Event first, RawDataset raw) throws ImportException {
    raw.valueWhere = cursor.where();
    long known = raw.cells();
    int limit =
        (int) (known >= 0 ? Math.min(known, JsonStatParser.MAX_CELLS) : JsonStatParser.MAX_CELLS);
    if (first == Event.START_ARRAY) {
      readDense(raw, known, limit);
    } else if (first == Event.START_OBJECT) {
      readSparse(raw, known, limit);
    } else {
      throw cursor.fail(
          "expected an array or an object of values, found " + JsonCursor.describe(first));
    }
  }

  private void readDense(RawDataset raw, long known, int limit) throws ImportException {
    // exact when size came first, but a tiny file claiming millions of cells only gets 8 MB at once
    Growable.Doubles values = new Growable.Doubles(known >= 0 ? Math.min(limit, 1 << 20) : 1024);
    Event e;
    while ((e = cursor.next()) != Event.END_ARRAY) {
      int cell = values.size();
      if (cell >= limit) {
        throw cursor.fail(tooMany(known));
      }
      values.add(number(e, cell));
    }
    raw.values = values;
  }

  private void readSparse(RawDataset raw, long known, int limit) throws ImportException {
    Growable.Ints keys = new Growable.Ints();
    Growable.Doubles values = new Growable.Doubles(16);
    while (cursor.nextKey()) {
      int cell = cellIndex(cursor.key(), known, limit);
      keys.add(cell);
      values.add(number(cursor.next(), cell));
    }
    raw.sparseKeys = keys;
    raw.sparseValues = values;
  }

  private double number(Event e, int cell) throws ImportException {
    switch (e) {
      case VALUE_NUMBER -> {
        double v = Double.parseDouble(cursor.text());
        if (Double.isInfinite(v)) {
          throw cursor.fail("cell " + cell + ": value " + cursor.text() + " is too large");
        }
        return v;
      }
      case VALUE_NULL -> {
        return Double.NaN;
      }
      case VALUE_STRING ->
          throw cursor.fail("cell " + cell + ": value \"" + cursor.text() + "\" is not a number");
      default -> {
        cursor.skip(e);
        throw cursor.fail(
            "cell " + cell + ": value is " + JsonCursor.describe(e) + ", not a number");
      }
    }
  }

  private String tooMany(long known) {
    return known >= 0
        ? "there are more values than the " + known + " cells that size gives"
        : "there are more than " + JsonStatParser.MAX_CELLS + " values";
  }

  /** A sparse key: a cell index written as a plain non-negative whole number below the limit. */
  private int cellIndex(String key, long known, int limit) throws ImportException {
    boolean digits = !key.isEmpty() && key.length() <= 10;
    for (int i = 0; i < key.length() && digits; i++) {
      digits = key.charAt(i) >= '0' && key.charAt(i) <= '9';
    }
    if (!digits) {
      throw cursor.fail("key \"" + key + "\" is not a cell index");
    }
    long cell = Long.parseLong(key);
    if (cell >= limit) {
      throw cursor.fail(
          "cell index "
              + key
              + " is out of range: "
              + (known >= 0 ? "the dataset has " + known + " cells" : "over the limit"));
    }
    return (int) cell;
  }

  void readStatus(Event first, RawDataset raw) throws ImportException {
    raw.statusWhere = cursor.where();
    long known = raw.cells();
    int limit =
        (int) (known >= 0 ? Math.min(known, JsonStatParser.MAX_CELLS) : JsonStatParser.MAX_CELLS);
    switch (first) {
      case VALUE_NULL -> {}
      case VALUE_STRING -> raw.statusForAll = symbol(cursor.text());
      case START_ARRAY -> {
        Growable.Strings list = new Growable.Strings();
        Event e;
        while ((e = cursor.next()) != Event.END_ARRAY) {
          if (list.size() >= limit) {
            throw cursor.fail("there are more statuses than cells");
          }
          list.add(symbol(e, list.size()));
        }
        raw.statusList = list;
      }
      case START_OBJECT -> {
        Growable.Ints keys = new Growable.Ints();
        Growable.Strings values = new Growable.Strings();
        while (cursor.nextKey()) {
          int cell = cellIndex(cursor.key(), known, limit);
          keys.add(cell);
          values.add(symbol(cursor.next(), cell));
        }
        raw.statusKeys = keys;
        raw.statusValues = values;
      }
      default ->
          throw cursor.fail(
              "expected a text, an array or an object of statuses, found "
                  + JsonCursor.describe(first));
    }
  }

  private String symbol(Event e, int cell) throws ImportException {
    if (e == Event.VALUE_NULL) {
      return null;
    }
    if (e != Event.VALUE_STRING) {
      cursor.skip(e);
      throw cursor.fail("cell " + cell + ": status is " + JsonCursor.describe(e) + ", not a text");
    }
    return symbol(cursor.text());
  }

  private String symbol(String text) {
    return symbols.computeIfAbsent(text, t -> t);
  }
}
