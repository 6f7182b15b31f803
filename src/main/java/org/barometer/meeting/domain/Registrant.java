package org.barometer.meeting.domain;

import java.util.Locale;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.TextInput;
import org.barometer.survey.domain.register.OrgNumber;

/**
 * The person behind a registration and the company they come for. The organisation number is
 * checked as the business register's (check digit, Norwegian or Swedish) and stored as digits only,
 * so engagement can be counted per business. All of this is personal data that anonymisation
 * removes, except the organisation number and company name, which describe the business.
 *
 * @param email null only for a walk-in who gave none
 * @param companyName the business's name, or for others the organisation they come from (the
 *     municipal council, NHO Vestfold, the county)
 * @param kind a business, or someone from outside the business register (BUSINESS when null)
 */
public record Registrant(
    String name,
    String email,
    String orgNumber,
    String companyName,
    String role,
    String dietaryNeeds,
    String accessNeeds,
    ParticipantKind kind) {

  public Registrant {
    name = TextInput.required("name", name, 200);
    email = TextInput.optional("email", email, 254);
    if (email != null && !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidInputException("email", "'" + email + "' is not an e-mail address");
    }
    String org = TextInput.optional("orgNumber", orgNumber, 20);
    if (org != null) {
      try {
        org = OrgNumber.parse(org).value();
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException("orgNumber", e.getMessage());
      }
    }
    orgNumber = org;
    companyName = TextInput.optional("companyName", companyName, 200);
    role = TextInput.optional("role", role, 200);
    dietaryNeeds = TextInput.optional("dietaryNeeds", dietaryNeeds, 500);
    accessNeeds = TextInput.optional("accessNeeds", accessNeeds, 500);
    kind = kind == null ? ParticipantKind.BUSINESS : kind;
  }

  /** A business's representative. */
  public Registrant(
      String name,
      String email,
      String orgNumber,
      String companyName,
      String role,
      String dietaryNeeds,
      String accessNeeds) {
    this(
        name,
        email,
        orgNumber,
        companyName,
        role,
        dietaryNeeds,
        accessNeeds,
        ParticipantKind.BUSINESS);
  }

  /** The address as compared for duplicates: "Kari@Firma.no" and "kari@firma.no" are one person. */
  public String emailKey() {
    return email == null ? null : email.toLowerCase(Locale.ROOT);
  }
}
