package org.barometer.statistics.infrastructure.fetch.pxweb;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.barometer.statistics.application.importer.DimensionRole;
import org.barometer.statistics.application.importer.ImportException;

/**
 * Reads PxWebApi 2's table metadata: a JSON-stat 2.0 dataset with every dimension and category of
 * the table and an empty {@code value} array. The JSON-stat importer refuses it (no cells), and a
 * query plan needs only ids, roles, category codes in order and {@code extension.elimination}, so
 * this small reader takes just those. Metadata is small (thousands of categories at most), so it is
 * read as a tree.
 */
final class MetadataReader {

  private MetadataReader() {}

  static TableMetadata read(String name, String tableId, InputStream in) throws ImportException {
    JsonObject root;
    try (JsonReader reader = Json.createReader(in)) {
      root = reader.readObject();
    } catch (JsonException | IllegalStateException e) {
      throw new ImportException(name, null, "the metadata is not a JSON object: " + e.getMessage());
    }
    try {
      JsonArray ids = root.getJsonArray("id");
      JsonObject dimensions = root.getJsonObject("dimension");
      if (ids == null || dimensions == null) {
        throw new ImportException(name, "key id", "the metadata has no id or dimension");
      }
      Map<String, DimensionRole> roles = roles(root.getJsonObject("role"));
      List<TableMetadata.Variable> variables = new ArrayList<>();
      for (int i = 0; i < ids.size(); i++) {
        String id = ids.getString(i);
        JsonObject dim = dimensions.getJsonObject(id);
        if (dim == null) {
          throw new ImportException(name, "key dimension." + id, "the dimension is missing");
        }
        String label = dim.getString("label", id);
        JsonObject extension = dim.getJsonObject("extension");
        boolean elimination = extension != null && extension.getBoolean("elimination", false);
        variables.add(
            new TableMetadata.Variable(
                id,
                label,
                TableMetadata.roleOf(id, label, roles.getOrDefault(id, DimensionRole.OTHER)),
                codes(name, id, dim.getJsonObject("category")),
                elimination));
      }
      String id = tableId;
      JsonObject ext = root.getJsonObject("extension");
      if (ext != null && ext.getJsonObject("px") != null) {
        id = ext.getJsonObject("px").getString("tableid", tableId);
      }
      return new TableMetadata(
          id, root.getString("label", id), root.getString("updated", null), variables);
    } catch (ClassCastException | NullPointerException e) {
      throw new ImportException(name, null, "the metadata has an unexpected shape: " + e);
    }
  }

  private static Map<String, DimensionRole> roles(JsonObject role) {
    Map<String, DimensionRole> roles = new HashMap<>();
    if (role == null) {
      return roles;
    }
    put(roles, role.getJsonArray("time"), DimensionRole.TIME);
    put(roles, role.getJsonArray("geo"), DimensionRole.GEO);
    put(roles, role.getJsonArray("metric"), DimensionRole.METRIC);
    return roles;
  }

  private static void put(Map<String, DimensionRole> roles, JsonArray ids, DimensionRole role) {
    if (ids != null) {
      ids.getValuesAs(jakarta.json.JsonString.class).forEach(s -> roles.put(s.getString(), role));
    }
  }

  /** The category codes in cell order: {@code index} as an array, or as an object code→position. */
  private static List<String> codes(String name, String id, JsonObject category)
      throws ImportException {
    if (category == null) {
      throw new ImportException(name, "key dimension." + id + ".category", "no categories");
    }
    JsonValue index = category.get("index");
    if (index == null) {
      JsonObject labels = category.getJsonObject("label");
      if (labels != null && labels.size() == 1) {
        return List.copyOf(labels.keySet()); // a single category may come without an index
      }
      throw new ImportException(name, "key dimension." + id + ".category.index", "no index");
    }
    if (index.getValueType() == JsonValue.ValueType.ARRAY) {
      return index.asJsonArray().getValuesAs(jakarta.json.JsonString.class).stream()
          .map(jakarta.json.JsonString::getString)
          .toList();
    }
    JsonObject positions = index.asJsonObject();
    String[] codes = new String[positions.size()];
    for (Map.Entry<String, JsonValue> e : positions.entrySet()) {
      int at = ((jakarta.json.JsonNumber) e.getValue()).intValue();
      if (at < 0 || at >= codes.length || codes[at] != null) {
        throw new ImportException(
            name, "key dimension." + id + ".category.index." + e.getKey(), "bad position " + at);
      }
      codes[at] = e.getKey();
    }
    return Arrays.asList(codes);
  }
}
