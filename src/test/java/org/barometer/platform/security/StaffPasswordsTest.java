package org.barometer.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StaffPasswordsTest {

  /** users.xml as shipped: every variable at its demonstration default. */
  private static Map<String, String> shipped() {
    Map<String, String> settings = new HashMap<>();
    settings.put("barometer.admin.password", "admin-demo");
    settings.put("barometer.analyst.password", "analyst-demo");
    settings.put("barometer.organiser.password", "organiser-demo");
    settings.put("barometer.viewer.password", "viewer-demo");
    return settings;
  }

  private static List<String> refused(Map<String, String> settings) {
    return StaffPasswords.refusedUsers(name -> Optional.ofNullable(settings.get(name)));
  }

  @Test
  void theShippedPasswordsAreRefusedOutsideTheDemo() {
    assertEquals(List.of("admin", "analyst", "organiser", "viewer"), refused(shipped()));
    Map<String, String> demoOff = shipped();
    demoOff.put("barometer.demo", "false");
    assertEquals(4, refused(demoOff).size());
  }

  @Test
  void theDemoAndTestServersMayUseThem() {
    Map<String, String> demo = shipped();
    demo.put("barometer.demo", "true");
    assertEquals(List.of(), refused(demo));
    Map<String, String> test = shipped();
    test.put("barometer.allow-demo-passwords", " TRUE ");
    assertEquals(List.of(), refused(test));
  }

  @Test
  void onlyTheUsersStillOnTheirDemoPasswordOrNoneAreNamed() {
    Map<String, String> settings = shipped();
    settings.put("barometer.admin.password", "Correct horse battery staple");
    settings.put("barometer.analyst.password", "");
    settings.put("barometer.organiser.password", "   ");
    settings.put("barometer.viewer.password", "viewer-demo");
    assertEquals(List.of("analyst", "organiser", "viewer"), refused(settings));
  }

  @Test
  void anotherUsersDemoPasswordIsNotTheDemoPasswordOfThisOne() {
    Map<String, String> settings = shipped();
    settings.put("barometer.admin.password", "viewer-demo");
    settings.put("barometer.analyst.password", "admin-demo!");
    settings.put("barometer.organiser.password", "Organiser-demo");
    settings.put("barometer.viewer.password", "x");
    assertEquals(List.of(), refused(settings));
  }

  @Test
  void aServerWithoutUsersXmlHasNothingToCheck() {
    assertEquals(List.of(), refused(Map.of()));
  }

  @Test
  void theRefusalNamesTheUsersAndTheWayOut() {
    String message = StaffPasswords.refusal(List.of("admin", "viewer"));
    assertTrue(message.contains("admin, viewer"), message);
    assertTrue(message.contains("BAROMETER_ADMIN_PASSWORD"), message);
    assertTrue(message.contains("barometer.allow-demo-passwords=true"), message);
  }
}
