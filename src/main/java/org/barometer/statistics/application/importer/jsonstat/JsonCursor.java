package org.barometer.statistics.application.importer.jsonstat;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParsingException;
import java.util.ArrayList;
import java.util.List;
import org.barometer.statistics.application.importer.ImportException;

/**
 * A thin layer over the streaming {@link JsonParser} that knows where it is: the nesting depth
 * (refused beyond {@link #MAX_DEPTH}, so a file of a million '[' cannot exhaust the stack or the
 * heap), the key path ("dimension.Tid.category.index", "value[3]") and the line and column, so that
 * every refusal says where the problem is. Parser errors (malformed JSON, the byte limit) become
 * {@link ImportException}s here and nowhere else.
 */
final class JsonCursor {

  /** JSON-stat needs 6 levels (collection, link, item, dimension, category, unit); 64 is ample. */
  static final int MAX_DEPTH = 64;

  private final String fileName;
  private final JsonParser parser;
  private final long maxBytes;
  // per open object/array: the current key (objects) or element index (arrays)
  private final boolean[] isArray = new boolean[MAX_DEPTH + 1];
  private final String[] keys = new String[MAX_DEPTH + 1];
  private final int[] indexes = new int[MAX_DEPTH + 1];
  private int depth;

  JsonCursor(String fileName, JsonParser parser, long maxBytes) {
    this.fileName = fileName;
    this.parser = parser;
    this.maxBytes = maxBytes;
  }

  /** The next event; the file ending early, malformed JSON or too deep nesting is refused. */
  Event next() throws ImportException {
    Event event;
    try {
      if (!parser.hasNext()) {
        throw fail("the file ends before the JSON is complete");
      }
      event = parser.next();
    } catch (JsonException e) {
      throw translate(e);
    } catch (java.util.NoSuchElementException e) {
      throw fail("the file ends before the JSON is complete");
    }
    switch (event) {
      case KEY_NAME -> keys[depth - 1] = parser.getString();
      case START_OBJECT, START_ARRAY -> {
        countElement();
        if (depth == MAX_DEPTH) {
          throw fail("the JSON is nested deeper than " + MAX_DEPTH + " levels");
        }
        isArray[depth] = event == Event.START_ARRAY;
        keys[depth] = null;
        indexes[depth] = -1;
        depth++;
      }
      case END_OBJECT, END_ARRAY -> depth--;
      default -> countElement();
    }
    return event;
  }

  private void countElement() {
    if (depth > 0 && isArray[depth - 1]) {
      indexes[depth - 1]++;
    }
  }

  /** After the top-level value: anything but white space is trailing garbage. */
  void end() throws ImportException {
    try {
      if (parser.hasNext()) {
        parser.next();
        throw fail("there is more after the end of the JSON value");
      }
    } catch (JsonException e) {
      throw translate(e);
    }
  }

  /** Inside an object: true with the key read, false at its end. */
  boolean nextKey() throws ImportException {
    Event e = next();
    if (e == Event.KEY_NAME) {
      return true;
    }
    if (e == Event.END_OBJECT) {
      return false;
    }
    throw fail("expected a key, found " + describe(e));
  }

  /** The key just read. */
  String key() {
    return keys[depth - 1];
  }

  /** The text of the string or number just read. */
  String text() {
    return parser.getString();
  }

  /** Reads a value that must be a string (or null, giving null). */
  String string() throws ImportException {
    Event e = next();
    return switch (e) {
      case VALUE_STRING -> parser.getString();
      case VALUE_NULL -> null;
      default -> {
        skip(e);
        throw fail("expected a text, found " + describe(e));
      }
    };
  }

  /** Reads a value that must be a whole number from 0 to max. */
  int count(long max) throws ImportException {
    Event e = next();
    if (e != Event.VALUE_NUMBER || !parser.isIntegralNumber()) {
      throw fail("expected a whole number, found " + describe(e));
    }
    String text = parser.getString();
    long n;
    try {
      n = text.length() > 18 ? Long.MAX_VALUE : parser.getLong();
    } catch (ArithmeticException ex) {
      n = Long.MAX_VALUE;
    }
    if (n < 0 || n > max) {
      throw fail("the number " + text + " is out of range (0 to " + max + ")");
    }
    return (int) n;
  }

  /** Reads an array of strings (a single string counts as an array of one). */
  List<String> strings() throws ImportException {
    List<String> list = new ArrayList<>();
    Event e = next();
    if (e == Event.VALUE_STRING) {
      list.add(parser.getString());
      return list;
    }
    if (e == Event.VALUE_NULL) {
      return list;
    }
    expect(e, Event.START_ARRAY, "an array of texts");
    while ((e = next()) != Event.END_ARRAY) {
      if (e != Event.VALUE_STRING) {
        throw fail("expected a text, found " + describe(e));
      }
      list.add(parser.getString());
    }
    return list;
  }

  /** Refuses the file unless the event is the expected one. */
  void expect(Event actual, Event expected, String what) throws ImportException {
    if (actual != expected) {
      throw fail("expected " + what + ", found " + describe(actual));
    }
  }

  /** Skips the value that starts with this event, without building it. */
  void skip(Event first) throws ImportException {
    if (first != Event.START_OBJECT && first != Event.START_ARRAY) {
      return;
    }
    int target = depth - 1;
    while (depth > target) {
      next();
    }
  }

  static String describe(Event e) {
    return switch (e) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a text";
      case VALUE_NUMBER -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true/false";
      case VALUE_NULL -> "null";
      case KEY_NAME -> "a key";
      case END_OBJECT -> "the end of the object";
      case END_ARRAY -> "the end of the array";
    };
  }

  /** Where the cursor is now: "line 12, column 5, key dimension.Tid.category.index". */
  String where() {
    JsonLocation l = parser.getLocation();
    return location(l.getLineNumber(), l.getColumnNumber());
  }

  private String location(long line, long column) {
    String path = path();
    return "line " + line + ", column " + column + (path.isEmpty() ? "" : ", key " + path);
  }

  /** The key path of the current position, e.g. "link.item[1].dimension.area.category.index". */
  String path() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      if (isArray[i]) {
        if (indexes[i] >= 0) {
          b.append('[').append(indexes[i]).append(']');
        }
      } else if (keys[i] != null) {
        if (!b.isEmpty()) {
          b.append('.');
        }
        b.append(keys[i]);
      }
    }
    return b.toString();
  }

  ImportException fail(String problem) {
    return new ImportException(fileName, where(), problem);
  }

  ImportException fail(String where, String problem) {
    return new ImportException(fileName, where, problem);
  }

  private ImportException translate(JsonException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof LimitedInputStream.TooLarge) {
        return new ImportException(
            fileName, null, "the file is larger than " + (maxBytes >> 20) + " MB");
      }
    }
    if (e instanceof JsonParsingException p && p.getLocation() != null) {
      String message = String.valueOf(p.getMessage());
      int at = message.indexOf(" at (line no=");
      if (at >= 0) {
        message = message.substring(0, at);
      }
      JsonLocation l = p.getLocation();
      if (message.contains("token=EOF") || message.contains("char -1")) {
        // Parsson's column at end of input is not reliable (it counts past the end); the line is
        String path = path();
        return new ImportException(
            fileName,
            "line " + l.getLineNumber() + ", end of file" + (path.isEmpty() ? "" : ", key " + path),
            "the file ends before the JSON is complete");
      }
      return new ImportException(
          fileName,
          location(l.getLineNumber(), l.getColumnNumber()),
          "malformed JSON (" + message + ")");
    }
    return new ImportException(fileName, where(), "the file could not be read: " + e.getMessage());
  }
}
