package org.barometer.meeting.application;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import org.barometer.meeting.MeetingWorld;
import org.barometer.platform.error.TooManyRequestsException;
import org.junit.jupiter.api.Test;

/** Ten registrations per hour from an address to a meeting; five mails per hour to an address. */
class RegistrationLimitsTest {

  private final MeetingWorld.SettableClock clock =
      new MeetingWorld.SettableClock(Instant.parse("2027-02-01T10:00:00Z"));
  private final RegistrationLimits limits = new RegistrationLimits(10, clock);

  @Test
  void theEleventhFromOneAddressToOneMeetingWaitsForTheHourToPass() {
    for (int i = 0; i < 10; i++) {
      limits.count("203.0.113.9", 1, "person" + i + "@firma.no");
    }
    clock.set(clock.instant().plus(Duration.ofMinutes(20)));
    var refused =
        assertThrows(
            TooManyRequestsException.class,
            () -> limits.count("203.0.113.9", 1, "person10@firma.no"));
    assertEquals(Duration.ofMinutes(40), refused.retryAfter());
    assertDoesNotThrow(() -> limits.count("203.0.113.9", 2, "person10@firma.no"));
    assertDoesNotThrow(() -> limits.count("198.51.100.20", 1, "person11@firma.no"));

    clock.set(clock.instant().plus(Duration.ofMinutes(40)));
    assertDoesNotThrow(() -> limits.count("203.0.113.9", 1, "person12@firma.no"));
  }

  @Test
  void oneAddressGetsAtMostFiveMailsAnHourWhoeverAsks() {
    for (int i = 0; i < 5; i++) {
      limits.count("192.0.2." + i, i, "Kari@Firma.no");
    }
    assertThrows(
        TooManyRequestsException.class, () -> limits.count("192.0.2.99", 99, "kari@firma.no "));
  }
}
