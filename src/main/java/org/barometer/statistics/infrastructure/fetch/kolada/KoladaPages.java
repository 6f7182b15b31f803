package org.barometer.statistics.infrastructure.fetch.kolada;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;
import org.barometer.statistics.application.FetchException;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.infrastructure.fetch.OfficeHttp;

/**
 * Reads a Kolada answer and every page after it: Kolada answers {@code {"count", "values",
 * "next_url"}} and a long answer continues at {@code next_url}. The next page's address is taken
 * from the office, but when it names another server than the configured base, its scheme, host and
 * port are replaced by the base's and Kolada's root path ({@code /v3}) by the base's path, so a
 * mirror, a proxy or a test server is followed to its own next page instead of to the public one. A
 * bare JSON array (Kolada v2's metadata as saved by some tools) is read as one page.
 */
final class KoladaPages {

  /** A guard against an office that keeps sending a next page. */
  static final int MAX_PAGES = 1_000;

  private final OfficeHttp http;
  private final URI base;

  KoladaPages(OfficeHttp http, URI base) {
    this.http = http;
    this.base = base;
  }

  /**
   * Hands every object of every page's {@code values} to {@code row}, page after page.
   *
   * @return the number of pages read
   */
  int read(URI first, Consumer<JsonObject> row) throws FetchException, ImportException {
    URI next = first;
    Set<URI> seen = new HashSet<>();
    int pages = 0;
    while (next != null) {
      if (!seen.add(next) || pages >= MAX_PAGES) {
        throw new FetchException(
            next, 200, "Kolada's pages do not end: " + next + " after " + pages + " pages");
      }
      URI uri = next;
      JsonStructure page = http.get(uri, in -> parse(uri, in));
      pages++;
      JsonArray values;
      next = null;
      if (page instanceof JsonArray array) {
        values = array;
      } else {
        JsonObject object = (JsonObject) page;
        values =
            object.containsKey("values")
                ? object.getJsonArray("values")
                : JsonValue.EMPTY_JSON_ARRAY;
        JsonValue link = object.get("next_url");
        if (link != null && link.getValueType() == JsonValue.ValueType.STRING) {
          String text = object.getString("next_url").strip();
          next = text.isEmpty() ? null : rebase(URI.create(text));
        }
      }
      for (JsonValue v : values) {
        if (v.getValueType() == JsonValue.ValueType.OBJECT) {
          row.accept(v.asJsonObject());
        }
      }
    }
    return pages;
  }

  private static JsonStructure parse(URI uri, java.io.InputStream in) throws ImportException {
    try (JsonReader reader = Json.createReader(in)) {
      return reader.read();
    } catch (JsonException | IllegalStateException e) {
      throw new ImportException(uri.toString(), null, "not a Kolada answer: " + e.getMessage());
    }
  }

  URI rebase(URI next) {
    if (next.getHost() == null
        || (next.getScheme().equalsIgnoreCase(base.getScheme())
            && next.getHost().equalsIgnoreCase(base.getHost())
            && next.getPort() == base.getPort())) {
      return base.resolve(next);
    }
    String path = next.getRawPath();
    String publicRoot = KoladaClient.DEFAULT_URI.getRawPath(); // "/v3"
    if (path.startsWith(publicRoot + "/")) {
      path = base.getRawPath() + path.substring(publicRoot.length());
    }
    return URI.create(
        base.getScheme()
            + "://"
            + base.getRawAuthority()
            + path
            + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
  }
}
