package org.barometer.statistics.infrastructure.fetch.pxweb;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One request of a planned fetch: explicit value codes for every variable, small enough for the
 * office's cell limit. A variable asked for whole and not split is sent as {@code *} (shorter
 * addresses); the rest as their codes, so the office returns exactly {@link #cells()} cells.
 *
 * @param codes the value codes per variable, in the table's variable order
 * @param whole the variables sent as {@code *}
 */
public record SubQuery(Map<String, List<String>> codes, Set<String> whole) {

  public SubQuery {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    codes.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    codes = Collections.unmodifiableMap(copy);
    whole = Set.copyOf(whole);
  }

  /** The number of cells this request asks for. */
  public long cells() {
    return codes.values().stream().mapToLong(List::size).reduce(1, Math::multiplyExact);
  }

  /**
   * The PxWebApi 2 selection as query parameters: {@code valueCodes[Region]=0114,0115}, one per
   * variable, brackets and codes percent-encoded (codes such as SCB's {@code 1+2} hold characters
   * that mean something in a URL), commas between codes kept.
   */
  public String valueCodesParameters() {
    return codes.entrySet().stream()
        .map(
            e ->
                encode("valueCodes[" + e.getKey() + "]")
                    + "="
                    + (whole.contains(e.getKey())
                        ? "*"
                        : e.getValue().stream()
                            .map(SubQuery::encode)
                            .collect(Collectors.joining(","))))
        .collect(Collectors.joining("&"));
  }

  /**
   * The same selection as PxWebApi 2's POST body, {@code {"selection": [{"variableCode": "Region",
   * "valueCodes": ["0114", "0115"]}, ...]}}, for a part whose codes make too long an address.
   */
  public String selectionJson() {
    JsonArrayBuilder selection = Json.createArrayBuilder();
    codes.forEach(
        (variable, values) ->
            selection.add(
                Json.createObjectBuilder()
                    .add("variableCode", variable)
                    .add(
                        "valueCodes",
                        Json.createArrayBuilder(
                            whole.contains(variable) ? List.of("*") : values))));
    return Json.createObjectBuilder().add("selection", selection).build().toString();
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
