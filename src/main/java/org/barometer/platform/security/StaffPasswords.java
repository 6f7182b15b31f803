package org.barometer.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides whether the server may start with the staff passwords it is configured with.
 *
 * <p>{@code liberty/users.xml} gives the four staff users their passwords from server variables
 * whose defaults are the published demonstration passwords, so that the quick start works. A server
 * that reaches production unchanged would let anyone who has read the README in. So outside the
 * demo a user whose password is still the demonstration one, or empty, stops the application from
 * starting. A variable that is not defined at all means users.xml is not in use (an LDAP registry
 * or OpenID Connect replaced it), and there is nothing to check.
 */
public final class StaffPasswords {

  /** The server variable that, when true, lets the demonstration passwords stand (tests). */
  public static final String ALLOW_KEY = "barometer.allow-demo-passwords";

  /** The demo's own switch; the demo publishes its passwords on purpose. */
  public static final String DEMO_KEY = "barometer.demo";

  /** Each staff user of users.xml with the password it ships with. */
  static final Map<String, String> DEMO_PASSWORDS =
      Map.of(
          "admin", "admin-demo",
          "analyst", "analyst-demo",
          "organiser", "organiser-demo",
          "viewer", "viewer-demo");

  private StaffPasswords() {}

  /** The server variable holding a user's password, as users.xml names it. */
  public static String passwordKey(String user) {
    return "barometer." + user + ".password";
  }

  /**
   * The users whose password may not be used, in a fixed order; empty when the server may start.
   *
   * @param setting a configuration value by its name, empty when it is not defined; an empty string
   *     when it is defined as empty
   */
  public static List<String> refusedUsers(Function<String, Optional<String>> setting) {
    if (isTrue(setting.apply(DEMO_KEY)) || isTrue(setting.apply(ALLOW_KEY))) {
      return List.of();
    }
    List<String> refused = new ArrayList<>();
    for (String user : List.of("admin", "analyst", "organiser", "viewer")) {
      Optional<String> password = setting.apply(passwordKey(user));
      if (password.isPresent()
          && (password.get().isBlank() || password.get().equals(DEMO_PASSWORDS.get(user)))) {
        refused.add(user);
      }
    }
    return refused;
  }

  /** What the log says when the server refuses to start: which users, and how to fix it. */
  public static String refusal(List<String> users) {
    return "Barometer will not start: the staff user(s) "
        + String.join(", ", users)
        + " have the published demonstration password or none. Give each a password of its own"
        + " (environment variables such as BAROMETER_ADMIN_PASSWORD, or bootstrap properties such"
        + " as barometer.admin.password), or replace liberty/users.xml by your directory (README,"
        + " \"Staff logins\"). Only the demo ("
        + DEMO_KEY
        + "=true) and test servers ("
        + ALLOW_KEY
        + "=true) may run with the demonstration passwords.";
  }

  private static boolean isTrue(Optional<String> value) {
    return value.map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
  }
}
