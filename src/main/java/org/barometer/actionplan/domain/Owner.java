package org.barometer.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.TextInput;

/**
 * Who answers for an activity: a person, their unit or organisation, and the e-mail address their
 * status-round link is sent to. Anyone with an address may own an activity: another department, the
 * business council, NHO.
 */
@Embeddable
public class Owner {

  @Column(name = "owner_name")
  private String name;

  @Column(name = "owner_unit")
  private String unit;

  @Column(name = "owner_email")
  private String email;

  protected Owner() {}

  /**
   * @param unit the department, unit or organisation; may be empty
   * @throws InvalidInputException naming {@code owner.name} or {@code owner.email}
   */
  public Owner(String name, String unit, String email) {
    this.name = TextInput.required("owner.name", name, 200);
    this.unit = TextInput.optional("owner.unit", unit, 200);
    String address = TextInput.required("owner.email", email, 320);
    if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new InvalidInputException("owner.email", "Not an e-mail address: " + address);
    }
    if (!address.chars().allMatch(c -> c < 128)) {
      // mail servers and Jakarta Mail refuse letters such as æ, ø and å in an address
      throw new InvalidInputException(
          "owner.email",
          "An e-mail address is written without æ, ø, å, ä or ö (as the mail server knows it): "
              + address);
    }
    this.email = address.toLowerCase(Locale.ROOT);
  }

  public String name() {
    return name;
  }

  /** The unit or organisation, or null. */
  public String unit() {
    return unit;
  }

  /** The address in lower case, so that one person is one owner in a round. */
  public String email() {
    return email;
  }

  /** JPA reads an embeddable whose columns are all null as null; an owner always has a name. */
  boolean isEmpty() {
    return name == null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Owner other
        && Objects.equals(name, other.name)
        && Objects.equals(unit, other.unit)
        && Objects.equals(email, other.email);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, unit, email);
  }
}
