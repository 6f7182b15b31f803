package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.stream.DoubleStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A closed cycle published back to the businesses (issue 17), on the real server: an analyst
 * publishes it through the API; anyone reads the public page in Norwegian and the JSON-stat without
 * a login; the JSON-stat imported back through Barometer's own statistics import gives the same
 * figures, computed here by hand from the answers {@link ResultsData} imports; an unpublished,
 * withdrawn or open cycle is 404.
 */
@ExtendWith(ArquillianExtension.class)
class PublishedResultsIT {

  /** qnorm(0.975): the stratified estimate's interval is normal. */
  private static final double Z = 1.959963984540054;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  private static double mean(double[] x) {
    return DoubleStream.of(x).average().orElseThrow();
  }

  private static double variance(double[] x) {
    double m = mean(x);
    return DoubleStream.of(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1);
  }

  /** 2025: every 2022 answer one higher, strata weights 40, 30, 20, 10 of 100. */
  private static double estimate2025() {
    return 0.4 * (mean(ResultsData.C_2022) + 1)
        + 0.3 * (mean(ResultsData.F_2022) + 1)
        + 0.2 * (mean(ResultsData.M_2022) + 1)
        + 0.1 * (mean(ResultsData.G_2022) + 1);
  }

  /** Σ W_h² (1 − n_h/N_h) s_h²/n_h, as ResultsIT. */
  private static double standardError() {
    return Math.sqrt(
        0.16 * (1 - 8 / 40.0) * variance(ResultsData.C_2022) / 8
            + 0.09 * (1 - 8 / 30.0) * variance(ResultsData.F_2022) / 8
            + 0.04 * (1 - 9 / 20.0) * variance(ResultsData.M_2022) / 9
            + 0.01 * (1 - 2 / 10.0) * variance(ResultsData.G_2022) / 2);
  }

  @Test
  void aPublishedCycleIsReadByAnyoneAndImportsBackWithTheSameFigures() throws Exception {
    Api analyst = Api.analyst(base);
    ResultsData data = ResultsData.create(analyst);
    assertEquals(200, analyst.post("/api/cycles/" + data.before() + "/close").status());
    assertEquals(200, analyst.post("/api/cycles/" + data.after() + "/close").status());
    String jsonStat = "/api/public/surveys/" + data.survey() + "/cycles/2025/results.jsonstat";
    String page = "results.xhtml?survey=" + data.survey() + "&cycle=2025";

    // not yet published: nothing public, page and API alike
    assertEquals(404, Api.anonymous(base).get(jsonStat).status());
    assertEquals(404, page(page, "nb").statusCode());
    // a viewer may not publish; an analyst may
    assertEquals(
        403, Api.viewer(base).post("/api/cycles/" + data.after() + "/publication").status());
    Api.Reply published = analyst.post("/api/cycles/" + data.after() + "/publication");
    assertEquals(200, published.status(), published.body());
    assertEquals("analyst", published.json().getString("publishedBy"));
    assertTrue(published.json().getBoolean("current"));

    double estimate = estimate2025();
    double se = standardError();

    // the public page in Norwegian, without a login
    HttpResponse<String> nb = page(page, "nb");
    assertEquals(200, nb.statusCode());
    // in Norwegian (the words themselves are checked as Chromium shows them, in the browser IT)
    assertTrue(nb.body().contains("lang=\"nb\""), around(nb.body(), "<html"));
    assertTrue(
        nb.body().contains("id=\"actions\""),
        nb.body().length()
            + " characters, ending "
            + nb.body().substring(Math.max(0, nb.body().length() - 400)));
    NumberFormat norwegian = NumberFormat.getNumberInstance(Locale.forLanguageTag("nb"));
    norwegian.setMinimumFractionDigits(2);
    norwegian.setMaximumFractionDigits(2);
    assertTrue(
        nb.body().contains(norwegian.format(estimate)),
        "sat_business_land's 2025 estimate " + norwegian.format(estimate) + " is on the page");
    assertTrue(page(page, "sv").body().contains("lang=\"sv\""), "and in Swedish");

    // the JSON-stat, without a login
    Api.Reply stat = Api.anonymous(base).get(jsonStat);
    assertEquals(200, stat.status(), stat.body());
    JsonObject doc = stat.json();
    assertEquals("2.0", doc.getString("version"));
    assertEquals("dataset", doc.getString("class"));

    // imported back through Barometer's own statistics import
    Api.Reply imported =
        analyst.postFile(
            "api/statistics/imports",
            "published.jsonstat",
            stat.body().getBytes(StandardCharsets.UTF_8),
            Map.of("source", "Barometer", "office", "NO"));
    assertEquals(200, imported.status(), imported.body());
    String table = "barometer-" + data.survey();
    assertEquals(table, imported.jsonArray().getJsonObject(0).getString("tableCode"));
    assertEquals(estimate, imported(analyst, table, "estimate", "2025"), 1e-9);
    assertEquals(estimate - Z * se, imported(analyst, table, "lower", "2025"), 1e-9);
    assertEquals(estimate + Z * se, imported(analyst, table, "upper", "2025"), 1e-9);
    assertEquals(27, imported(analyst, table, "n", "2025"), 0);
    // the trend: 2022 one point lower everywhere
    assertEquals(estimate - 1, imported(analyst, table, "estimate", "2022"), 1e-9);

    // and the index is the results service's own figure
    JsonObject trend = analyst.get("/api/surveys/" + data.survey() + "/trend/overall").json();
    double index = lastEstimate(trend);
    assertEquals(index, imported(analyst, table, "estimate", "2025", "overall"), 1e-9);

    // withdrawn: 404 again
    assertEquals(200, analyst.delete("/api/cycles/" + data.after() + "/publication").status());
    assertEquals(404, Api.anonymous(base).get(jsonStat).status());
    assertEquals(404, page(page, "nb").statusCode());
    JsonArray history = analyst.get("/api/cycles/" + data.after() + "/publication").jsonArray();
    assertEquals(1, history.size());
    assertEquals("analyst", history.getJsonObject(0).getString("withdrawnBy"));
  }

  @Test
  void anOpenCycleCannotBePublished() {
    Api analyst = Api.analyst(base);
    ResultsData data = ResultsData.create(analyst);
    Api.Reply refused = analyst.post("/api/cycles/" + data.after() + "/publication");
    assertEquals(409, refused.status(), refused.body());
    assertEquals("cycle", refused.json().getString("field"));
    assertEquals(
        404,
        Api.anonymous(base)
            .get("/api/public/surveys/" + data.survey() + "/cycles/2025/results.jsonstat")
            .status());
  }

  private static double lastEstimate(JsonObject trend) {
    JsonArray points = trend.getJsonArray("points");
    JsonObject last = points.getJsonObject(points.size() - 1);
    return last.getJsonNumber("estimate").doubleValue();
  }

  private double imported(Api api, String table, String measure, String period) {
    return imported(api, table, measure, period, "sat_business_land");
  }

  /** One figure of the imported table, through the statistics API. */
  private double imported(Api api, String table, String measure, String period, String item) {
    JsonArray found =
        api.get(
                "api/statistics/measures?source=Barometer&table="
                    + table
                    + "&measure="
                    + measure
                    + "&variant=item%3D"
                    + item)
            .jsonArray();
    assertEquals(1, found.size(), found.toString());
    long series = found.getJsonObject(0).getJsonNumber("id").longValue();
    JsonArray regions = api.get("api/statistics/series/" + series + "/regions").jsonArray();
    assertEquals(1, regions.size(), "the country only: " + regions);
    String country = regions.getJsonObject(0).getString("code");
    JsonObject view =
        api.get("api/statistics/series/" + series + "?region=" + encode(country)).json();
    JsonObject region = view.getJsonArray("regions").getJsonObject(0);
    for (JsonValue p : region.getJsonArray("points")) {
      JsonObject point = p.asJsonObject();
      if (point.getString("period").equals(period)) {
        return point.getJsonNumber("value").doubleValue();
      }
    }
    throw new AssertionError("no " + period + " in " + view);
  }

  /** A few hundred characters of the page from a mark, for a failure's message. */
  private static String around(String body, String mark) {
    int at = Math.max(0, body.indexOf(mark));
    return body.substring(at, Math.min(body.length(), at + 600));
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  /** The page as a phone's browser in the language asks for it, without a login. */
  private HttpResponse<String> page(String path, String language)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(base.toString()).resolve(path))
            .header("Accept-Language", language)
            .GET()
            .build();
    // HTTP/1.1 as a browser speaks it over plain http (no h2c upgrade)
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
