package org.barometer.meeting.domain;

import java.util.Locale;
import org.barometer.platform.error.InvalidInputException;

/**
 * Who a participant in the dialogue is. Businesses come with an organisation number from the
 * register; the others (elected politicians, other public bodies, organisations such as NHO, LO or
 * a business council) are welcome at the table but are not businesses: they need no organisation
 * number and do not count in a business's engagement or in "businesses taking part".
 */
public enum ParticipantKind {
  BUSINESS,
  PUBLIC_BODY,
  POLITICIAN,
  ORGANISATION;

  /** Whether they count as a business taking part. */
  public boolean business() {
    return this == BUSINESS;
  }

  /** The kind a form names (any case); BUSINESS when it names none. */
  public static ParticipantKind of(String field, String text) {
    if (text == null || text.isBlank()) {
      return BUSINESS;
    }
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException(
          field, field + " must be BUSINESS, PUBLIC_BODY, POLITICIAN or ORGANISATION");
    }
  }
}
