package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.logging.Logger;
import org.barometer.platform.error.TooManyRequestsException;
import org.barometer.platform.security.AttemptQuota;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How often the public may ask to register, per hour: from one client address for one meeting (a
 * secretary signing up colleagues is fine; a script is not), and to one e-mail address over all
 * meetings, so that nobody can flood a stranger's inbox with confirmation mails. Counted in the
 * server's memory, before anything is stored or sent.
 */
@ApplicationScoped
public class RegistrationLimits {

  /** The config key for registrations per client address and meeting per hour. */
  public static final String PER_ADDRESS_KEY = "barometer.meetings.registrations-per-address";

  /** Confirmation mails to one e-mail address per hour. */
  static final int PER_RECIPIENT = 5;

  private static final Duration HOUR = Duration.ofHours(1);
  private static final Logger SECURITY = Logger.getLogger("org.barometer.security");

  private Clock clock;
  private AttemptQuota byAddressAndMeeting;
  private final AttemptQuota byRecipient = new AttemptQuota(PER_RECIPIENT, HOUR);

  protected RegistrationLimits() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public RegistrationLimits(
      @ConfigProperty(name = PER_ADDRESS_KEY, defaultValue = "10") int perAddress, Clock clock) {
    this.clock = clock;
    this.byAddressAndMeeting = new AttemptQuota(perAddress, HOUR);
  }

  /**
   * Counts a registration from {@code client} for the meeting to {@code email}.
   *
   * @throws TooManyRequestsException if either limit is reached, with the time until it resets
   */
  public void count(String client, long meetingId, String email) {
    var now = clock.instant();
    Duration wait = byAddressAndMeeting.take(client + ' ' + meetingId, now);
    if (wait.isZero() && email != null) {
      wait = byRecipient.take(email.strip().toLowerCase(Locale.ROOT), now);
    }
    if (!wait.isZero()) {
      SECURITY.warning("Registration refused, too many: meeting " + meetingId + " from " + client);
      throw new TooManyRequestsException(
          "Too many registrations from here or to this address: try again in "
              + TooManyRequestsException.minutes(wait)
              + " min.",
          wait);
    }
  }
}
