package org.barometer.shared;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A region of official statistics, typed and in one canonical spelling, so that SSB's {@code
 * K_3001} and a plain {@code 3001} are the same municipality and a goal can find "the country" or
 * "KOSTRA group 11" whatever the table called them. Built by {@link RegionCodes#normalise}.
 *
 * <p>Canonical codes: a country is its ISO code ({@code NO}, {@code SE}); a county is two digits
 * ({@code 30}, {@code 01}); a municipality four digits with its leading zero ({@code 3001}, {@code
 * 0114}); a KOSTRA group {@code EKG} and two digits ({@code EKG11}); ASSS {@code ASSS}; a Kolada
 * group its id ({@code G33970}); anything else the code as the office wrote it.
 *
 * @param country the region's country; null only for an {@link Kind#OTHER} region outside Norway
 *     and Sweden (Statistics Finland's {@code KU020})
 * @param kind what sort of region it is
 * @param code the canonical code
 */
public record RegionCode(Country country, Kind kind, String code) {

  /** What sort of region a code names. */
  public enum Kind {
    COUNTRY,
    /** Norwegian fylke, Swedish län. */
    COUNTY,
    /** Norwegian kommune, Swedish kommun. */
    MUNICIPALITY,
    /** A group of municipalities: a KOSTRA group, ASSS, a Kolada or user-defined group. */
    GROUP,
    /** Anything else: an aggregate such as "the country without Oslo", a foreign region. */
    OTHER
  }

  public RegionCode {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(code, "code");
    if (code.isBlank()) {
      throw new IllegalArgumentException("A region code must not be blank");
    }
    if (country == null && kind != Kind.OTHER) {
      throw new IllegalArgumentException("A " + kind + " region needs a country: " + code);
    }
  }

  /** The KOSTRA group number for a KOSTRA group ({@code EKG11} gives 11), else empty. */
  public OptionalInt kostraGroup() {
    if (kind == Kind.GROUP && code.startsWith(RegionCodes.KOSTRA_GROUP_PREFIX)) {
      return OptionalInt.of(
          Integer.parseInt(code.substring(RegionCodes.KOSTRA_GROUP_PREFIX.length())));
    }
    return OptionalInt.empty();
  }

  /**
   * For a municipality, the county it lies in (the first two digits: 3001 Halden in 30 Viken, 0114
   * Upplands Väsby in 01 Stockholms län); else empty. Codes are as of the table's year, and
   * Norwegian counties were merged and split in 2020 and 2024.
   */
  public Optional<RegionCode> county() {
    return kind == Kind.MUNICIPALITY
        ? Optional.of(new RegionCode(country, Kind.COUNTY, code.substring(0, 2)))
        : Optional.empty();
  }

  @Override
  public String toString() {
    return (country == null ? "" : country + " ") + kind + " " + code;
  }
}
