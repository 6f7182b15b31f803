package org.barometer.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import javax.sql.DataSource;
import org.barometer.platform.persistence.JdbcTransactions;

/**
 * The single sign-on tokens of staff who logged out, so that a token saved before logging out opens
 * nothing after it, on any of the servers sharing the database (table {@code logged_out_token},
 * V25).
 *
 * <p>Barometer keeps this list itself because Liberty's own ({@code trackLoggedOutSSOCookies})
 * needs its authentication cache, and that cache gives every login of one user the same token:
 * logging out in one browser would end the user's other browsers too. Each entry lives as long as a
 * token can ({@code <ltpa expiration="120m"/>} in server.xml); only a hash of the token is kept. A
 * request that carries a token costs one lookup by key.
 */
@ApplicationScoped
public class LoggedOutTokens {

  /** Liberty's name for the single sign-on cookie (server.xml sets no other). */
  static final String SSO_COOKIE = "LtpaToken2";

  /** How long a token is valid after it was issued: the LTPA expiration in server.xml. */
  static final Duration TOKEN_LIFETIME = Duration.ofMinutes(120);

  @Inject JdbcTransactions transactions;
  @Inject Clock clock;

  protected LoggedOutTokens() {}

  /** For use outside a container, on a database with the migrations. */
  LoggedOutTokens(DataSource dataSource, Clock clock) {
    this.transactions = new JdbcTransactions(dataSource);
    this.clock = clock;
  }

  /** Records that the holder of this token logged out, and forgets tokens that have expired. */
  public void add(String token) {
    LocalDateTime now = utc(clock.instant());
    transactions.run(
        "Recording a logout",
        c -> {
          try (PreparedStatement expired =
              c.prepareStatement("delete from logged_out_token where valid_until <= ?")) {
            expired.setObject(1, now);
            expired.executeUpdate();
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "insert into logged_out_token (token_hash, valid_until) values (?, ?)"
                      + " on conflict do nothing")) {
            insert.setString(1, hash(token));
            insert.setObject(2, now.plus(TOKEN_LIFETIME));
            insert.executeUpdate();
          }
        });
  }

  /** Whether this token was logged out (and could still be valid). */
  public boolean contains(String token) {
    return transactions.inTransaction(
        "Looking up a logout",
        c -> {
          try (PreparedStatement select =
              c.prepareStatement(
                  "select 1 from logged_out_token where token_hash = ? and valid_until > ?")) {
            select.setString(1, hash(token));
            select.setObject(2, utc(clock.instant()));
            try (ResultSet found = select.executeQuery()) {
              return found.next();
            }
          }
        });
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

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
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
