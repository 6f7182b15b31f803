package org.barometer.statistics.infrastructure.fetch.kolada;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.barometer.statistics.application.FetchException;
import org.barometer.statistics.application.importer.ImportException;

/**
 * Kolada's KPI catalogue ({@code GET {base}/kpi?title=..}), read page by page through {@code
 * next_url}: a municipality picks the KPIs it follows from here, by id, before fetching their
 * values.
 */
public final class KpiCatalogue {

  private final KoladaClient client;

  KpiCatalogue(KoladaClient client) {
    this.client = client;
  }

  /** KPIs whose title contains the text (Kolada's own search); every KPI for a blank text. */
  public List<Kpi> search(String title) throws FetchException, ImportException {
    String query =
        title == null || title.isBlank()
            ? ""
            : "?title="
                + URLEncoder.encode(title.strip(), StandardCharsets.UTF_8).replace("+", "%20");
    return read(URI.create(client.base() + "/kpi" + query));
  }

  /**
   * These KPIs ({@code GET {base}/kpi/{id,id}}), in Kolada's order; an id Kolada does not know is
   * simply absent.
   */
  public List<Kpi> byIds(List<String> ids) throws FetchException, ImportException {
    String joined =
        ids.stream()
            .map(id -> URLEncoder.encode(id, StandardCharsets.UTF_8))
            .collect(java.util.stream.Collectors.joining(","));
    List<Kpi> found = read(URI.create(client.base() + "/kpi/" + joined));
    return found.stream().filter(k -> ids.contains(k.id())).toList();
  }

  /** Every KPI of the answer at this address and its next pages. */
  List<Kpi> read(URI uri) throws FetchException, ImportException {
    List<Kpi> kpis = new ArrayList<>();
    client.pages().read(uri, row -> kpis.add(kpi(row)));
    return kpis;
  }

  private static Kpi kpi(JsonObject row) {
    JsonValue gender = row.get("is_divided_by_gender");
    boolean divided =
        gender != null
            && (gender == JsonValue.TRUE || (gender instanceof JsonNumber n && n.intValue() == 1));
    return new Kpi(
        row.getString("id", null),
        row.getString("title", null),
        string(row, "municipality_type"),
        divided,
        string(row, "operating_area"));
  }

  private static String string(JsonObject row, String key) {
    return row.containsKey(key) && !row.isNull(key) ? row.getString(key, null) : null;
  }
}
