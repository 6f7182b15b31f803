package org.barometer.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The single sign-on tokens of staff who logged out, so that a token saved before logging out opens
 * nothing after it.
 *
 * <p>Barometer keeps this list itself because Liberty's own ({@code trackLoggedOutSSOCookies})
 * needs its authentication cache, and that cache gives every login of one user the same token:
 * logging out in one browser would end the user's other browsers too. Each entry lives as long as a
 * token can ({@code <ltpa expiration="120m"/>} in server.xml); only a hash of the token is kept.
 * The list is this server's: with several instances, logging out ends the token on the one that
 * served the logout (README, "Several instances").
 */
@ApplicationScoped
public class LoggedOutTokens {

  /** Liberty's name for the single sign-on cookie (server.xml sets no other). */
  static final String SSO_COOKIE = "LtpaToken2";

  /** How long a token is valid after it was issued: the LTPA expiration in server.xml. */
  static final Duration TOKEN_LIFETIME = Duration.ofMinutes(120);

  private final Map<String, Instant> forgottenAt = new ConcurrentHashMap<>();
  private final Clock clock;

  @Inject
  public LoggedOutTokens() {
    this(Clock.systemUTC());
  }

  LoggedOutTokens(Clock clock) {
    this.clock = clock;
  }

  /** Records that the holder of this token logged out. */
  public void add(String token) {
    Instant now = clock.instant();
    forgottenAt.values().removeIf(until -> until.isBefore(now));
    forgottenAt.put(hash(token), now.plus(TOKEN_LIFETIME));
  }

  /** Whether this token was logged out (and could still be valid). */
  public boolean contains(String token) {
    Instant until = forgottenAt.get(hash(token));
    return until != null && until.isAfter(clock.instant());
  }

  /** The single sign-on token a request carries, if any. */
  public static Optional<String> carriedBy(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies == null
        ? Optional.empty()
        : Arrays.stream(cookies)
            .filter(c -> SSO_COOKIE.equals(c.getName()) && !c.getValue().isEmpty())
            .map(Cookie::getValue)
            .findFirst();
  }

  private static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
