package org.barometer.meeting.domain;

import java.util.Objects;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.i18n.Language;

/**
 * What a person sends to register: who they are, the language they want their e-mails in, and their
 * consent to the processing of their data for the stated retention period. E-mail and company (or
 * organisation) are required here, and for a business its org number (a walk-in need not give them;
 * someone from outside the business register, a politician or a public body, has none).
 */
public record RegistrationRequest(Registrant registrant, Language language, boolean consent) {

  public RegistrationRequest {
    Objects.requireNonNull(registrant, "registrant");
    if (registrant.email() == null) {
      throw new InvalidInputException("email", "email is required");
    }
    if (registrant.orgNumber() == null && registrant.kind().business()) {
      throw new InvalidInputException("orgNumber", "orgNumber is required");
    }
    if (registrant.companyName() == null) {
      throw new InvalidInputException("companyName", "companyName is required");
    }
    language = Objects.requireNonNullElse(language, Language.NB);
  }
}
