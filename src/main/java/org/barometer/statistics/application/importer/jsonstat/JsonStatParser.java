package org.barometer.statistics.application.importer.jsonstat;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import jakarta.json.stream.JsonParserFactory;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.DatasetParser;
import org.barometer.statistics.application.importer.ImportException;

/**
 * Reads JSON-stat files into {@link Dataset}s, streaming, without a JSON tree of the file.
 *
 * <ul>
 *   <li>JSON-stat 2.0 {@code "class":"dataset"}: one dataset.
 *   <li>{@code "class":"collection"}: every dataset embedded in {@code link.item}; items that are
 *       only links (no dimension, no value) are skipped, and a collection with none is refused.
 *   <li>JSON-stat 1.x bundle (no class; each top-level member is a dataset, with {@code id}, {@code
 *       size} and {@code role} inside {@code dimension}): every dataset, in file order.
 * </ul>
 *
 * <p>Members may come in any order ({@code value} before {@code size} is common), so each dataset
 * is collected first (cells in primitive arrays, see {@link CellReader}) and checked as a whole by
 * {@link JsonStatDatasetAssembler}. Language: JSON-stat has one language per file; it is taken from
 * PxWeb's {@code extension.px.language} when present, else left null; the caller's preference
 * cannot change it. Table id: {@code extension.px.tableid} or {@code extension.tableid}.
 *
 * <p>Limits: {@link #MAX_BYTES} per file, {@link #MAX_CELLS} cells per dataset, {@link
 * JsonCursor#MAX_DEPTH} levels of nesting. A refused file yields nothing, never part of its
 * datasets.
 */
public final class JsonStatParser implements DatasetParser {

  public static final long MAX_BYTES = 200L * 1024 * 1024;
  public static final int MAX_CELLS = 5_000_000;

  private static final JsonParserFactory FACTORY = Json.createParserFactory(Map.of());

  private final long maxBytes;

  public JsonStatParser() {
    this(MAX_BYTES);
  }

  /** With a smaller byte limit, for tests. */
  JsonStatParser(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public List<Dataset> parse(String fileName, InputStream in, String language)
      throws ImportException {
    try (JsonParser parser = FACTORY.createParser(new LimitedInputStream(in, maxBytes))) {
      JsonCursor cursor = new JsonCursor(fileName, parser, maxBytes);
      List<Dataset> datasets = read(fileName, cursor);
      cursor.end();
      return datasets;
    } catch (JsonException e) {
      // closing the parser, or creating it on an unreadable stream
      throw new ImportException(fileName, null, "the file could not be read: " + e.getMessage());
    }
  }

  private List<Dataset> read(String fileName, JsonCursor cursor) throws ImportException {
    Event first = cursor.next();
    if (first != Event.START_OBJECT) {
      throw cursor.fail(
          "a JSON-stat file is a JSON object, but this is " + JsonCursor.describe(first));
    }
    DatasetReader reader = new DatasetReader(cursor);
    RawDataset top = new RawDataset(null);
    List<RawDataset> items = new ArrayList<>();
    List<RawDataset> bundle = new ArrayList<>();
    String type = null;
    while (cursor.nextKey()) {
      String key = cursor.key();
      Event e = cursor.next();
      if (key.equals("class")) {
        type = readClass(cursor, e);
      } else if (key.equals("link")) {
        readLinkItems(cursor, reader, e, items);
      } else if (reader.member(key, e, top)) {
        // a member of a 2.0 dataset (or the collection's own label, updated, ...)
      } else if (type == null && e == Event.START_OBJECT) {
        bundle.add(reader.readObject(key)); // a 1.x bundle member, as far as we know yet
      } else {
        cursor.skip(e);
      }
    }
    JsonStatDatasetAssembler assembler = new JsonStatDatasetAssembler(fileName);
    List<Dataset> datasets = new ArrayList<>();
    if ("collection".equals(type)) {
      for (RawDataset item : items) {
        if (item.hasData()) {
          datasets.add(assembler.assemble(item, format(item)));
        }
      }
      if (datasets.isEmpty()) {
        throw new ImportException(
            fileName,
            "key link.item",
            "the collection holds only links to datasets (" + items.size() + "), no data");
      }
    } else if ("dataset".equals(type) || top.hasData()) {
      datasets.add(assembler.assemble(top, format(top)));
    } else {
      for (RawDataset member : bundle) {
        datasets.add(assembler.assemble(member, "JSON-stat 1.x"));
      }
      if (datasets.isEmpty()) {
        throw new ImportException(fileName, null, "the file holds no JSON-stat dataset");
      }
    }
    return datasets;
  }

  private static String readClass(JsonCursor cursor, Event e) throws ImportException {
    String type = e == Event.VALUE_STRING ? cursor.text() : null;
    if (!"dataset".equals(type) && !"collection".equals(type) && !"bundle".equals(type)) {
      throw cursor.fail(
          "unknown class "
              + (type == null ? JsonCursor.describe(e) : "\"" + type + "\"")
              + ": expected dataset, collection or (1.x) bundle");
    }
    return type;
  }

  /** {@code link}: only {@code item} is read (its entries as datasets); other relations skipped. */
  private static void readLinkItems(
      JsonCursor cursor, DatasetReader reader, Event first, List<RawDataset> items)
      throws ImportException {
    if (first != Event.START_OBJECT) {
      cursor.skip(first);
      return;
    }
    while (cursor.nextKey()) {
      String relation = cursor.key();
      Event e = cursor.next();
      if (!relation.equals("item") || e != Event.START_ARRAY) {
        cursor.skip(e);
        continue;
      }
      while ((e = cursor.next()) != Event.END_ARRAY) {
        cursor.expect(e, Event.START_OBJECT, "an object (collection item)");
        RawDataset item = reader.readObject("link.item[" + items.size() + "]");
        if (item.hasData() && item.datasetClass != null && !"dataset".equals(item.datasetClass)) {
          throw cursor.fail("item of class \"" + item.datasetClass + "\" is not a dataset");
        }
        items.add(item);
      }
    }
  }

  private static String format(RawDataset raw) {
    return "JSON-stat " + (raw.version != null ? raw.version : "2.0");
  }
}
