package org.barometer.meeting.domain;

import java.util.Locale;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.TextInput;

/**
 * Someone from outside the business register invited to a meeting by e-mail: an elected politician,
 * someone from NHO or LO, another public body. Invited by address, they register with that address
 * even when the meeting is by invitation only.
 *
 * @param organisation where they come from (the municipal council, NHO Vestfold), may be empty
 * @param kind never BUSINESS: businesses are invited from the register
 */
public record Guest(String name, String email, String organisation, ParticipantKind kind) {

  public Guest {
    name = TextInput.required("name", name, 200);
    email = TextInput.required("email", email, 254);
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidInputException("email", "'" + email + "' is not an e-mail address");
    }
    organisation = TextInput.optional("organisation", organisation, 200);
    if (kind == null || kind.business()) {
      throw new InvalidInputException(
          "kind",
          "kind must be PUBLIC_BODY, POLITICIAN or ORGANISATION: businesses are invited from the"
              + " register by org number");
    }
  }

  /** The address as compared: "Kari@Kommune.no" and "kari@kommune.no" are one person. */
  public String emailKey() {
    return email.toLowerCase(Locale.ROOT);
  }
}
