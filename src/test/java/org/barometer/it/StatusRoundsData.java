package org.barometer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Action plans made through {@link ActionPlanFixture}, and the status round mails GreenMail got.
 */
final class StatusRoundsData {

  static final Pattern LINK = Pattern.compile("/status/([A-Za-z0-9_-]{27})");

  private StatusRoundsData() {}

  /** The WAR as it ships, with the test-only {@link ActionPlanFixture}. */
  static org.jboss.shrinkwrap.api.spec.WebArchive war() {
    return BarometerDeployment.war().addClasses(ActionPlanFixture.class);
  }

  /** An activity: title, owner name, unit, e-mail (null for none), earlier status (or null). */
  static String[] activity(String title, String name, String unit, String email, String status) {
    return new String[] {title, name, unit, email, status};
  }

  /** Makes an action plan of the plan; returns its id followed by the activities' ids. */
  static List<Long> actionPlan(URL base, String planId, String[]... activities) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (String[] a : activities) {
      JsonObjectBuilder o = Json.createObjectBuilder().add("title", a[0]);
      add(o, "ownerName", a[1]);
      add(o, "ownerUnit", a[2]);
      add(o, "ownerEmail", a[3]);
      add(o, "status", a[4]);
      list.add(o);
    }
    String body =
        Json.createObjectBuilder()
            .add("planId", planId)
            .add("title", "Handlingsplan 2026 " + UUID.randomUUID().toString().substring(0, 6))
            .add("year", 2026)
            .add("activities", list)
            .build()
            .toString();
    Api.Reply made =
        Api.as(base, "admin", "admin-demo").postJson("/api/it-fixture/action-plans", body);
    assertEquals(200, made.status(), made.body());
    List<Long> ids = new ArrayList<>();
    ids.add(made.json().getJsonNumber("id").longValue());
    made.json()
        .getJsonArray("activities")
        .forEach(v -> ids.add(((jakarta.json.JsonNumber) v).longValue()));
    return ids;
  }

  private static void add(JsonObjectBuilder o, String key, String value) {
    if (value != null) {
      o.add(key, value);
    }
  }

  /** Opens a round; returns the answer (201 expected). */
  static JsonObject open(Api analyst, long actionPlan, String title, String reportBy) {
    Api.Reply opened =
        analyst.postJson(
            "/api/action-plans/" + actionPlan + "/rounds",
            "{\"title\":\"" + title + "\",\"reportBy\":\"" + reportBy + "\"}");
    assertEquals(201, opened.status(), opened.body());
    return opened.json();
  }

  /** The mails received for the address, oldest first. */
  static List<MimeMessage> mailsTo(GreenMailExtension smtp, String email) throws Exception {
    List<MimeMessage> found = new ArrayList<>();
    for (MimeMessage m : smtp.getReceivedMessages()) {
      if (((InternetAddress) m.getAllRecipients()[0]).getAddress().equals(email)) {
        found.add(m);
      }
    }
    return found;
  }

  static String text(MimeMessage mail) throws Exception {
    return (String) mail.getContent();
  }

  /** The token of the link in the latest mail to the address. */
  static String tokenMailedTo(GreenMailExtension smtp, String email) throws Exception {
    List<MimeMessage> mails = mailsTo(smtp, email);
    if (mails.isEmpty()) {
      throw new AssertionError("no mail to " + email);
    }
    Matcher link = LINK.matcher(text(mails.get(mails.size() - 1)));
    if (!link.find()) {
      throw new AssertionError("no status link in the mail to " + email);
    }
    return link.group(1);
  }
}
