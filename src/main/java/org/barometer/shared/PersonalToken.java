package org.barometer.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret in a respondent's personal link: 160 random bits, URL-safe. Only its SHA-256 is
 * stored. A fast hash is enough here: with 160 bits of entropy there is nothing to guess, so the
 * slow, salted hashing that passwords need would add cost without adding safety.
 */
public final class PersonalToken {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BYTES = 20;

  private final String value;

  private PersonalToken(String value) {
    this.value = value;
  }

  public static PersonalToken generate() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    return new PersonalToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** A token as it arrives from a link; anything that cannot be one is refused. */
  public static PersonalToken of(String value) {
    if (value == null || !value.matches("[A-Za-z0-9_-]{27}")) {
      throw new IllegalArgumentException("Not a personal link token");
    }
    return new PersonalToken(value);
  }

  public String value() {
    return value;
  }

  public String hash() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "PersonalToken[hidden]";
  }
}
