package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Published ranks entered through the API and read back, on both databases: one rank per ranking,
 * group, municipality and period, replaced when entered again, and refused when it does not fit the
 * field it was ranked in (KOSTRA group 11 has 10 members).
 */
@ExtendWith(ArquillianExtension.class)
class RankingsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return BarometerDeployment.war();
  }

  @ArquillianResource URL base;

  private static String rank(String municipality, int rank, String fieldSize) {
    return """
        {"publisher": "NHO", "ranking": "Kommune-NM", "within": "KOSTRA-gruppe 11",
         "municipality": "%s", "period": "2024", "rank": %d, "source": "NHO Kommune-NM 2024",
         "published": "2024-06-20", "fieldSize": %s}
        """
        .formatted(municipality, rank, fieldSize);
  }

  /**
   * Sandefjord's Kommune-NM ranks within KOSTRA group 11: other tests (the yearly report's) enter
   * other rankings for the same municipality.
   */
  private static JsonArray kommuneNm(Api api) {
    JsonArray all = api.get("api/rankings?municipality=3907").jsonArray();
    var ours = Json.createArrayBuilder();
    all.stream()
        .map(JsonObject.class::cast)
        .filter(r -> r.getString("ranking").equals("Kommune-NM"))
        .forEach(ours::add);
    return ours.build();
  }

  @Test
  void aRankIsKeptWithItsFieldReplacedWhenEnteredAgainAndRefusedOutsideItsField() {
    Api analyst = Api.analyst(base);
    Api.Reply entered = analyst.putJson("api/rankings", rank("3907", 3, "10"));
    assertEquals(200, entered.status(), entered.body());

    JsonArray read = kommuneNm(analyst);
    assertEquals(1, read.size(), read.toString());
    JsonObject first = read.getJsonObject(0);
    assertEquals(3, first.getInt("rank"));
    assertEquals(10, first.getInt("fieldSize"));
    assertEquals("KOSTRA-gruppe 11", first.getString("within"));
    assertEquals("", first.getString("category"));

    // the same ranking, group and year again replaces the rank; its field is then not known
    assertEquals(200, analyst.putJson("api/rankings", rank("3907", 4, "null")).status());
    read = kommuneNm(analyst);
    assertEquals(1, read.size(), read.toString());
    assertEquals(4, read.getJsonObject(0).getInt("rank"));
    assertFalse(
        read.getJsonObject(0).containsKey("fieldSize")
            && !read.getJsonObject(0).isNull("fieldSize"),
        read.toString());

    // 14th in a group of 10 cannot be: refused, and the stored rank stays
    Api.Reply outside = analyst.putJson("api/rankings", rank("3907", 14, "10"));
    assertEquals(422, outside.status(), outside.body());
    assertEquals("rank", outside.json().getString("field"));
    assertEquals(4, kommuneNm(analyst).getJsonObject(0).getInt("rank"));
  }

  @Test
  void viewersReadRanksButOnlyAnalystsEnterThem() {
    Api analyst = Api.analyst(base);
    assertEquals(200, analyst.putJson("api/rankings", rank("3804", 7, "10")).status());

    Api viewer = Api.viewer(base);
    assertEquals(403, viewer.putJson("api/rankings", rank("3804", 1, "10")).status());
    JsonArray read = viewer.get("api/rankings?municipality=3804").jsonArray();
    assertEquals(1, read.size(), read.toString());
    assertEquals(7, read.getJsonObject(0).getInt("rank"));

    Api.Reply badNumber = viewer.get("api/rankings?municipality=38");
    assertEquals(422, badNumber.status(), badNumber.body());
    assertEquals("municipality", badNumber.json().getString("field"));
  }
}
