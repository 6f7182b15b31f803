package org.barometer.meeting.application;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A meeting e-mail the mail server refused, waiting to be sent again by {@link MailRetry}.
 *
 * @param registrationId the registration the mail is about; null for an invitation to a business
 * @param email the address, kept only for an invitation to a business (a registration's is read
 *     again when the mail is retried)
 * @param name the business's name, likewise
 * @param attempts how many times sending has failed
 * @param nextAttemptAt when to try again; null once {@link #MAX_ATTEMPTS} have failed
 */
public record UnsentMail(
    long id,
    NoticeKind kind,
    long meetingId,
    Long registrationId,
    String email,
    String name,
    int attempts,
    String lastError,
    Instant failedAt,
    Instant nextAttemptAt) {

  /** After this many failures the mail waits for staff to ask for another try. */
  public static final int MAX_ATTEMPTS = 8;

  /** The first retry waits this long; each later one twice as long as the one before. */
  public static final Duration FIRST_WAIT = Duration.ofMinutes(15);

  /**
   * When to try again after the {@code attempts}-th failure: 15 minutes, then 30, 1 hour, 2, 4, 8
   * and 16 hours, so a mail server down over a weekend is outlasted (about 32 hours in all), and
   * nothing after the eighth.
   */
  public static Optional<Instant> nextAttempt(int attempts, Instant failedAt) {
    if (attempts >= MAX_ATTEMPTS) {
      return Optional.empty();
    }
    return Optional.of(failedAt.plus(FIRST_WAIT.multipliedBy(1L << (attempts - 1))));
  }

  /** Whether retrying has stopped until staff ask for another try. */
  public boolean givenUp() {
    return nextAttemptAt == null;
  }
}
