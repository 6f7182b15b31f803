package org.barometer.statistics.application.importer.jsonstat;

import jakarta.json.stream.JsonParser.Event;
import java.util.ArrayList;
import java.util.List;
import org.barometer.statistics.application.importer.ImportException;

/**
 * Reads the members of one dataset object, in any order, into a {@link RawDataset}. Used for a 2.0
 * dataset at the top of the file, for a dataset embedded in a collection's {@code link.item}, and
 * for each member of a 1.x bundle. Unknown members are skipped without being built.
 */
final class DatasetReader {

  private final JsonCursor cursor;
  private final DimensionReader dimensions;
  private final CellReader cells;

  DatasetReader(JsonCursor cursor) {
    this.cursor = cursor;
    this.dimensions = new DimensionReader(cursor);
    this.cells = new CellReader(cursor);
  }

  /** Reads a whole dataset object whose START_OBJECT has just been read. */
  RawDataset readObject(String name) throws ImportException {
    RawDataset raw = new RawDataset(name);
    while (cursor.nextKey()) {
      String key = cursor.key();
      Event first = cursor.next();
      if (key.equals("class")) {
        raw.datasetClass = text(first);
      } else if (!member(key, first, raw)) {
        cursor.skip(first);
      }
    }
    return raw;
  }

  /**
   * Reads one dataset member whose first event has been read; false (nothing consumed beyond that
   * event) when the key is not a dataset member this parser uses.
   */
  boolean member(String key, Event first, RawDataset raw) throws ImportException {
    switch (key) {
      case "label" -> raw.label = text(first);
      case "source" -> raw.source = text(first);
      case "updated" -> raw.updated = text(first);
      case "version" -> raw.version = text(first);
      case "note" -> raw.notes.addAll(notes(first));
      case "extension" -> readExtension(first, raw);
      case "id" -> dimensions.readIds(first, raw);
      case "size" -> dimensions.readSizes(first, raw);
      case "role" -> dimensions.readRoles(first, raw);
      case "dimension" -> dimensions.read(first, raw);
      case "value" -> cells.readValues(first, raw);
      case "status" -> cells.readStatus(first, raw);
      default -> {
        return false;
      }
    }
    return true;
  }

  private String text(Event first) throws ImportException {
    return switch (first) {
      case VALUE_STRING, VALUE_NUMBER -> cursor.text();
      case VALUE_NULL -> null;
      default -> {
        cursor.skip(first);
        throw cursor.fail("expected a text, found " + JsonCursor.describe(first));
      }
    };
  }

  private List<String> notes(Event first) throws ImportException {
    List<String> notes = new ArrayList<>();
    if (first == Event.VALUE_STRING) {
      notes.add(cursor.text());
    } else if (first != Event.VALUE_NULL) {
      cursor.expect(first, Event.START_ARRAY, "a text or an array of texts (note)");
      Event e;
      while ((e = cursor.next()) != Event.END_ARRAY) {
        notes.add(text(e));
      }
    }
    return notes;
  }

  /**
   * {@code extension} is free-form. PxWeb puts the table id and the response language in {@code
   * extension.px} ({@code tableid}, {@code language}); a {@code tableid} directly in {@code
   * extension} is taken too. Everything else (contacts, elimination, ...) is skipped.
   */
  private void readExtension(Event first, RawDataset raw) throws ImportException {
    if (first != Event.START_OBJECT) {
      cursor.skip(first);
      return;
    }
    while (cursor.nextKey()) {
      String key = cursor.key();
      Event e = cursor.next();
      if (key.equals("tableid") && raw.tableId == null) {
        raw.tableId = text(e);
      } else if (key.equals("px") && e == Event.START_OBJECT) {
        while (cursor.nextKey()) {
          String pxKey = cursor.key();
          Event pe = cursor.next();
          switch (pxKey) {
            case "tableid" -> raw.tableId = text(pe);
            case "language" -> raw.language = text(pe);
            default -> cursor.skip(pe);
          }
        }
      } else {
        cursor.skip(e);
      }
    }
  }
}
