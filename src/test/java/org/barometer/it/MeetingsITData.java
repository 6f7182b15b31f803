package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URL;
import java.time.LocalDateTime;

/**
 * Steps the meeting tests share: a forum with a meeting, and a registration as the public makes.
 */
final class MeetingsITData {

  private MeetingsITData() {}

  /** A two-hour meeting on 15 March 2027 at 08:00 in Oslo, in a forum of its own. */
  static long meeting(Api organiser, String title, int capacity) {
    return meeting(organiser, title, capacity, "2027-03-15T08:00", null);
  }

  /**
   * @param start on Oslo's clock
   * @param deadline on Oslo's clock, or null for the start
   */
  static long meeting(Api organiser, String title, int capacity, String start, String deadline) {
    Api.Reply forum =
        organiser.postJson(
            "/api/forums",
            "{\"name\":\"Rundebordssamtaler\",\"organiser\":\"Næringsavdelingen\","
                + "\"strategicAreas\":[\"Næringsvennlig kommune\"]}");
    assertEquals(201, forum.status(), forum.body());
    LocalDateTime starts = LocalDateTime.parse(start);
    Api.Reply created =
        organiser.postJson(
            "/api/forums/" + forum.json().getJsonNumber("id").longValue() + "/meetings",
            "{\"title\":\""
                + title
                + "\",\"start\":\""
                + starts
                + "\",\"end\":\""
                + starts.plusHours(2)
                + "\",\"zone\":\"Europe/Oslo\",\"place\":\"Rådhuset, møterom 1\",\"capacity\":"
                + capacity
                + (deadline == null ? "" : ",\"deadline\":\"" + deadline + "\"")
                + ",\"language\":\"nb\"}");
    assertEquals(201, created.status(), created.body());
    return created.json().getJsonNumber("id").longValue();
  }

  /** Registers as the public page does; expects 201. */
  static JsonObject register(URL base, long meeting, String name, String email) {
    Api.Reply reply =
        Api.anonymous(base)
            .postJson("/api/public/meetings/" + meeting + "/registrations", form(name, email));
    assertEquals(201, reply.status(), reply.body());
    return reply.json();
  }

  static String form(String name, String email) {
    return "{\"name\":\""
        + name
        + "\",\"email\":\""
        + email
        + "\",\"orgNumber\":\"923609016\",\"companyName\":\"Firma AS\",\"language\":\"nb\","
        + "\"consent\":true}";
  }

  /** A registration as staff see it on the meeting's list, by the person's name. */
  static JsonObject person(Api organiser, long meeting, String name) {
    for (JsonValue v :
        organiser.get("/api/meetings/" + meeting).json().getJsonArray("registrations")) {
      if (v.asJsonObject().getString("name", "").equals(name)) {
        return v.asJsonObject();
      }
    }
    throw new AssertionError("no registration of " + name);
  }

  /** The token at the end of a personal link. */
  static String token(String personalLink) {
    return personalLink.substring(personalLink.lastIndexOf('/') + 1);
  }
}
