package org.barometer.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Slows down guessing passwords, for the API's Basic logins and the staff pages' form login alike.
 *
 * <p>Failures are counted three ways, and an attempt waits for the longest of the three:
 *
 * <ul>
 *   <li>per user name from one address: 5 free, then up to 15 minutes. This is what stops a
 *       guesser, and it never touches the real user at another computer;
 *   <li>per address, whatever the names: 10 free, then up to 15 minutes, against one address trying
 *       many names;
 *   <li>per user name from anywhere: 20 free, then at most {@value #LONGEST_USER_WAIT_SECONDS}
 *       seconds, against many addresses trying one name. It is short on purpose: an attacker can
 *       make a real user wait, but only that long.
 * </ul>
 *
 * An attempt that must wait is refused without checking the password and without counting, and is
 * logged; every failure is logged too, as a security event, with the user name and the address. A
 * successful login forgets the failures of that name from that address and of that name.
 */
@ApplicationScoped
public class LoginThrottle {

  static final int LONGEST_USER_WAIT_SECONDS = 10;

  private static final Logger SECURITY = Logger.getLogger("org.barometer.security");

  private final Clock clock;
  private final FailureCounter byUserAtAddress = new FailureCounter(5, Duration.ofMinutes(15));
  private final FailureCounter byAddress = new FailureCounter(10, Duration.ofMinutes(15));
  private final FailureCounter byUser =
      new FailureCounter(20, Duration.ofSeconds(LONGEST_USER_WAIT_SECONDS));

  public LoginThrottle() {
    this(Clock.systemUTC());
  }

  LoginThrottle(Clock clock) {
    this.clock = clock;
  }

  /** How long the user must wait before trying from the address; zero when they may now. */
  public Duration wait(String user, String address) {
    var now = clock.instant();
    String name = normalised(user);
    Duration wait =
        Stream.of(
                byUserAtAddress.wait(name + '@' + address, now),
                byAddress.wait(address, now),
                byUser.wait(name, now))
            .max(Duration::compareTo)
            .orElseThrow();
    if (!wait.isZero()) {
      SECURITY.warning(
          () ->
              "Login refused without checking, too many failures: user '"
                  + printable(user)
                  + "' from "
                  + address
                  + ", wait "
                  + seconds(wait)
                  + " s");
    }
    return wait;
  }

  public void failed(String user, String address) {
    var now = clock.instant();
    String name = normalised(user);
    int fromThere = byUserAtAddress.failed(name + '@' + address, now);
    byAddress.failed(address, now);
    byUser.failed(name, now);
    SECURITY.warning(
        () ->
            "Login failed: user '"
                + printable(user)
                + "' from "
                + address
                + " ("
                + fromThere
                + " in a row from there)");
  }

  public void succeeded(String user, String address) {
    String name = normalised(user);
    byUserAtAddress.forget(name + '@' + address);
    byUser.forget(name);
  }

  /** Whole seconds to wait, rounded up, for a {@code Retry-After} header. */
  public static long seconds(Duration wait) {
    return (wait.toMillis() + 999) / 1000;
  }

  private static String normalised(String user) {
    return user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
  }

  /** A user name as typed, safe for one log line: no line breaks, at most 64 characters. */
  private static String printable(String user) {
    String name = user == null ? "" : user.replaceAll("\\p{Cntrl}", "?");
    return name.length() > 64 ? name.substring(0, 64) + "…" : name;
  }
}
