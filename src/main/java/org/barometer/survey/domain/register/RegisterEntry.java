package org.barometer.survey.domain.register;

import java.util.Objects;

/**
 * One business from the municipality's register, ready to be invited to a survey.
 *
 * <p>The constructor enforces the same rules the upload reports on, so an entry built elsewhere (by
 * a test or a future import path) cannot bypass them.
 *
 * @param orgNumber the verified organisation number, unique within one register
 * @param name the business name, stripped, 1–200 characters
 * @param email the address the invitation is sent to, stripped
 * @param nace the industry code
 * @param employees the number of employees, 0 or more
 */
public record RegisterEntry(
    OrgNumber orgNumber, String name, String email, NaceCode nace, int employees) {

  public RegisterEntry {
    Objects.requireNonNull(orgNumber, "orgNumber");
    Objects.requireNonNull(nace, "nace");
    name = FieldRules.name(name);
    email = FieldRules.email(email);
    if (employees < 0) {
      throw new IllegalArgumentException(
          "the number of employees cannot be negative: " + employees);
    }
  }

  /** The size band, matching the options of the survey's background question on size. */
  public SizeClass sizeClass() {
    return SizeClass.of(employees);
  }

  /** The NACE section letter (A–U) used for industry breakdowns of the results. */
  public char industrySection() {
    return nace.section();
  }
}
