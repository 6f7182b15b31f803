package org.barometer.goals.domain;

import java.util.Objects;
import org.barometer.shared.Country;
import org.barometer.shared.RegionCode;
import org.barometer.shared.RegionCodes;

/**
 * The municipality whose plan it is, by its official number (SSB's or SCB's four digits) so its
 * official series can be found; the name is for people.
 *
 * @param code the municipality number as the statistics office writes it ({@code 3907}, {@code
 *     0181})
 */
public record Municipality(String code, String name, Country country) {

  public Municipality {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    if (name.isBlank()) {
      throw new IllegalArgumentException("A municipality needs a name");
    }
    if (region(code, country).kind() != RegionCode.Kind.MUNICIPALITY) {
      throw new IllegalArgumentException("'" + code + "' is not a municipality number");
    }
  }

  /** The canonical region code of official statistics. */
  public RegionCode region() {
    return region(code, country);
  }

  private static RegionCode region(String code, Country country) {
    return RegionCodes.normalise(code, country);
  }
}
