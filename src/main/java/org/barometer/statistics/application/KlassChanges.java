package org.barometer.statistics.application;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.barometer.shared.Country;
import org.barometer.shared.RegionCode;
import org.barometer.shared.RegionCodes;
import org.barometer.statistics.domain.MunicipalityHistory.CodeChange;

/**
 * Reads the change list of SSB's KLASS classification 131 (municipalities) as its API writes it in
 * JSON ({@code GET /classifications/131/changes?from=...&to=...} with {@code Accept:
 * application/json}): an object whose {@code codeChanges} array holds one object a change with
 * {@code oldCode}, {@code oldName}, {@code oldShortName}, {@code newCode}, {@code newName}, {@code
 * newShortName} and {@code changeOccurred} (an ISO date). Names are not kept: a change of name
 * alone is a row {@code code → same code}, which {@link
 * org.barometer.statistics.domain.MunicipalityHistory} reads as no change.
 *
 * <p>KLASS's guide says a change without {@code oldCode} is a code that started to exist, and one
 * without {@code newCode} a code that ceased: neither links two codes, so neither becomes a row
 * (they are counted in {@link Read#unlinked}). Barometer follows municipalities by year, so a
 * change that did not occur on 1 January is refused rather than moved to a year it did not happen
 * in.
 */
public final class KlassChanges {

  /** The rows read and the number of changes that linked no two codes. */
  public record Read(List<CodeChange> changes, int unlinked) {}

  private KlassChanges() {}

  /** Reads a KLASS change list in UTF-8 JSON. */
  public static Read json(InputStream in) {
    return json(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * Reads a KLASS change list in JSON.
   *
   * @throws IllegalArgumentException naming the change (its position and codes) that cannot be read
   */
  public static Read json(Reader reader) {
    JsonObject root;
    try (JsonReader json = Json.createReader(reader)) {
      JsonValue value = json.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new IllegalArgumentException("A KLASS change list is a JSON object");
      }
      root = value.asJsonObject();
    } catch (JsonException e) {
      throw new IllegalArgumentException("Not a KLASS change list: " + e.getMessage(), e);
    }
    JsonValue list = root.get("codeChanges");
    if (list == null || list.getValueType() != JsonValue.ValueType.ARRAY) {
      throw new IllegalArgumentException(
          "Not a KLASS change list: no codeChanges array (keys: " + root.keySet() + ")");
    }
    JsonArray array = list.asJsonArray();
    List<CodeChange> rows = new ArrayList<>();
    int unlinked = 0;
    for (int i = 0; i < array.size(); i++) {
      JsonValue item = array.get(i);
      if (item.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new IllegalArgumentException("Change " + (i + 1) + " is not an object");
      }
      JsonObject c = item.asJsonObject();
      String oldCode = text(c, "oldCode");
      String newCode = text(c, "newCode");
      String occurred = text(c, "changeOccurred");
      String where = "Change " + (i + 1) + " (" + oldCode + " → " + newCode + ", " + occurred + ")";
      if (oldCode.isEmpty() || newCode.isEmpty()) {
        unlinked++;
        continue;
      }
      try {
        rows.add(new CodeChange(code(oldCode), code(newCode), year(occurred)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
    }
    return new Read(List.copyOf(rows), unlinked);
  }

  private static String text(JsonObject o, String key) {
    JsonValue v = o.get(key);
    if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
      return "";
    }
    if (v.getValueType() != JsonValue.ValueType.STRING) {
      throw new IllegalArgumentException(key + " is not a string: " + v);
    }
    return ((JsonString) v).getString().strip();
  }

  private static int year(String occurred) {
    LocalDate date;
    try {
      date = LocalDate.parse(occurred);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("changeOccurred '" + occurred + "' is not a date", e);
    }
    if (date.getDayOfYear() != 1) {
      throw new IllegalArgumentException(
          "the change occurred on "
              + occurred
              + ", not on 1 January: Barometer follows municipalities by whole years");
    }
    return date.getYear();
  }

  private static String code(String written) {
    RegionCode r = RegionCodes.normalise(written, Country.NO);
    if (r.kind() != RegionCode.Kind.MUNICIPALITY) {
      throw new IllegalArgumentException("'" + written + "' is not a municipality number");
    }
    return r.code();
  }
}
