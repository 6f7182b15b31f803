package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.time.LocalDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Steps the meeting tests share: a forum with a meeting, and a registration as the public makes.
 */
final class MeetingsITData {

  /** A personal link in a mail body (quoted-printable soft breaks removed). */
  private static final Pattern LINK = Pattern.compile("https?://\\S+/m/([A-Za-z0-9_-]+)");

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

  /**
   * Registers as a person on the public page does: asks (202), takes the link from the e-mail and
   * confirms it. Returns the registration as the link shows it, with the link's {@code token}.
   */
  static JsonObject register(
      URL base, GreenMailExtension smtp, long meeting, String name, String email) {
    return register(base, smtp, Long.toString(meeting), name, email);
  }

  /** As {@link #register(URL, GreenMailExtension, long, String, String)}, at "id?key=...". */
  static JsonObject register(
      URL base, GreenMailExtension smtp, String meeting, String name, String email) {
    Api.Reply reply = ask(base, meeting, name, email);
    assertEquals(202, reply.status(), reply.body());
    assertEquals("PENDING", reply.json().getString("status"));
    String token = tokenMailedTo(smtp, email, "Bekreft påmeldingen");
    return confirm(base, token);
  }

  static Api.Reply ask(URL base, long meeting, String name, String email) {
    return ask(base, Long.toString(meeting), name, email);
  }

  private static Api.Reply ask(URL base, String meeting, String name, String email) {
    String[] idAndQuery = meeting.split("\\?", 2);
    return Api.anonymous(base)
        .postJson(
            "/api/public/meetings/"
                + idAndQuery[0]
                + "/registrations"
                + (idAndQuery.length > 1 ? "?" + idAndQuery[1] : ""),
            form(name, email));
  }

  /** Confirms from a mailed link; returns the registration with the link's {@code token}. */
  static JsonObject confirm(URL base, String token) {
    Api.Reply confirmed =
        Api.anonymous(base)
            .postJson("/api/public/registrations/confirm", "{\"token\":\"" + token + "\"}");
    assertEquals(200, confirmed.status(), confirmed.body());
    return Json.createObjectBuilder(confirmed.json()).add("token", token).build();
  }

  /**
   * The token of the personal link in the latest e-mail to the address whose subject starts so,
   * waiting up to ten seconds for it.
   */
  static String tokenMailedTo(GreenMailExtension smtp, String email, String subject) {
    long until = System.currentTimeMillis() + 10_000;
    try {
      do {
        String token = null;
        for (MimeMessage mail : smtp.getReceivedMessages()) {
          if (mail.getAllRecipients()[0].toString().equals(email)
              && mail.getSubject().startsWith(subject)) {
            Matcher link = LINK.matcher(GreenMailUtil.getBody(mail).replace("=\r\n", ""));
            if (link.find()) {
              token = link.group(1);
            }
          }
        }
        if (token != null) {
          return token;
        }
        Thread.sleep(50);
      } while (System.currentTimeMillis() < until);
    } catch (MessagingException | InterruptedException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no e-mail '" + subject + "...' to " + email);
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
}
