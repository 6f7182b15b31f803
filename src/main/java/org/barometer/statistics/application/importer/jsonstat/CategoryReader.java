package org.barometer.statistics.application.importer.jsonstat;

import jakarta.json.stream.JsonParser.Event;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.application.importer.Unit;

/**
 * Reads one dimension's {@code category}: {@code index} (an array of codes in cell order, or an
 * object code → position), {@code label}, {@code unit} ({@code label}, else {@code base}, else
 * {@code symbol}; and {@code decimals}) and {@code note} (a text or an array of texts per code).
 * {@code child}, {@code coordinates} and other members are skipped: the import model has no
 * hierarchy or map coordinates.
 */
final class CategoryReader {

  private final JsonCursor cursor;

  CategoryReader(JsonCursor cursor) {
    this.cursor = cursor;
  }

  void read(Event first, RawDimension dim) throws ImportException {
    cursor.expect(first, Event.START_OBJECT, "an object (category)");
    dim.categoryWhere = cursor.where();
    while (cursor.nextKey()) {
      switch (cursor.key()) {
        case "index" -> dim.codes = readIndex(cursor.next());
        case "label" -> readLabels(dim);
        case "unit" -> readUnits(dim);
        case "note" -> readNotes(dim);
        default -> cursor.skip(cursor.next());
      }
    }
  }

  private List<String> readIndex(Event first) throws ImportException {
    if (first == Event.START_ARRAY) {
      List<String> codes = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      Event e;
      while ((e = cursor.next()) != Event.END_ARRAY) {
        if (e != Event.VALUE_STRING) {
          throw cursor.fail("expected a category code, found " + JsonCursor.describe(e));
        }
        if (!seen.add(cursor.text())) {
          throw cursor.fail("category \"" + cursor.text() + "\" appears twice in the index");
        }
        codes.add(cursor.text());
      }
      return codes;
    }
    cursor.expect(first, Event.START_OBJECT, "an array or an object (index)");
    Map<String, Integer> positions = new LinkedHashMap<>();
    while (cursor.nextKey()) {
      String code = cursor.key();
      int position = cursor.count(JsonStatParser.MAX_CELLS);
      if (positions.put(code, position) != null) {
        throw cursor.fail("category \"" + code + "\" appears twice in the index");
      }
    }
    String[] codes = new String[positions.size()];
    for (Map.Entry<String, Integer> entry : positions.entrySet()) {
      int p = entry.getValue();
      if (p >= codes.length) {
        throw cursor.fail(
            "index position "
                + p
                + " of category \""
                + entry.getKey()
                + "\" is out of range (0 to "
                + (codes.length - 1)
                + ")");
      }
      if (codes[p] != null) {
        throw cursor.fail(
            "index position "
                + p
                + " is given to both \""
                + codes[p]
                + "\" and \""
                + entry.getKey()
                + "\"");
      }
      codes[p] = entry.getKey();
    }
    return Arrays.asList(codes);
  }

  private void readLabels(RawDimension dim) throws ImportException {
    cursor.expect(cursor.next(), Event.START_OBJECT, "an object (label)");
    while (cursor.nextKey()) {
      String code = cursor.key();
      dim.labels.put(code, cursor.string());
    }
  }

  private void readUnits(RawDimension dim) throws ImportException {
    cursor.expect(cursor.next(), Event.START_OBJECT, "an object (unit)");
    while (cursor.nextKey()) {
      String code = cursor.key();
      cursor.expect(cursor.next(), Event.START_OBJECT, "an object (unit of " + code + ")");
      String label = null;
      String base = null;
      String symbol = null;
      Integer decimals = null;
      while (cursor.nextKey()) {
        switch (cursor.key()) {
          case "label" -> label = cursor.string();
          case "base" -> base = cursor.string();
          case "symbol" -> symbol = cursor.string();
          case "decimals" -> decimals = cursor.count(99);
          default -> cursor.skip(cursor.next());
        }
      }
      String text = label != null ? label : base != null ? base : symbol;
      dim.units.put(code, new Unit(text, decimals));
    }
  }

  private void readNotes(RawDimension dim) throws ImportException {
    cursor.expect(cursor.next(), Event.START_OBJECT, "an object (note)");
    while (cursor.nextKey()) {
      String code = cursor.key();
      List<String> notes = cursor.strings();
      if (!notes.isEmpty()) {
        dim.categoryNotes.put(code, String.join("\n", notes));
      }
    }
  }
}
