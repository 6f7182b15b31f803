package org.barometer.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a region code as a statistics office writes it into a {@link RegionCode}.
 *
 * <p>The office's country decides how bare digits are read, because SSB and SCB reuse the same
 * shapes for different things: {@code 01} is a Norwegian county (Østfold, until 2020) for SSB and
 * Stockholms län for SCB.
 *
 * <p>Norway (SSB, KOSTRA):
 *
 * <ul>
 *   <li>{@code K_3001}, {@code 3001}: municipality 3001 (four digits, leading zero kept: {@code
 *       0301} Oslo);
 *   <li>{@code F_30}, {@code 30}: county 30;
 *   <li>{@code EAK} (KOSTRA "Landet") and {@code 0} (SSB's "Hele landet"): the country, {@code NO};
 *   <li>{@code EKG11}, {@code EKG16}: KOSTRA group 11, 16 (canonical {@code EKG} and two digits);
 *   <li>{@code ASSS}: the ASSS group of the largest municipalities;
 *   <li>{@code EAKUO} (the country without Oslo) and anything else: OTHER, code as written.
 * </ul>
 *
 * <p>Sweden (SCB, Kolada):
 *
 * <ul>
 *   <li>{@code 00} (SCB "Riket") and {@code 0000} (Kolada's "Riket"): the country, {@code SE};
 *   <li>{@code 01}–{@code 25}: county (län);
 *   <li>four digits starting with a county {@code 01}–{@code 25} ({@code 0114}, {@code 2584}):
 *       municipality;
 *   <li>{@code G} and digits ({@code G33970}): a Kolada municipality group;
 *   <li>anything else: OTHER, code as written.
 * </ul>
 *
 * <p>Statistics Finland's municipality codes ({@code KU020}) are OTHER without a country whatever
 * country is given: Barometer follows Norwegian and Swedish municipalities only, and the code must
 * never be read as a Norwegian or Swedish one.
 *
 * <p>Prefixes and letters are matched ignoring case and surrounding spaces.
 */
public final class RegionCodes {

  static final String KOSTRA_GROUP_PREFIX = "EKG";

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern SSB_MUNICIPALITY = Pattern.compile("K_(\\d{4})");
  private static final Pattern SSB_COUNTY = Pattern.compile("F_(\\d{2})");
  private static final Pattern KOSTRA_GROUP = Pattern.compile("EKG(\\d{1,2})");
  private static final Pattern KOLADA_GROUP = Pattern.compile("G\\d+");
  private static final Pattern FINNISH_MUNICIPALITY = Pattern.compile("KU\\d{3}");

  private RegionCodes() {}

  /**
   * @param written the code as it stands in the file ({@code K_3001}, {@code EKG16}, {@code 0114})
   * @param office the country of the office that published the file
   * @throws IllegalArgumentException when the code is blank
   */
  public static RegionCode normalise(String written, Country office) {
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(office, "office");
    String code = written.strip();
    if (code.isEmpty()) {
      throw new IllegalArgumentException("A region code must not be blank: '" + written + "'");
    }
    String upper = code.toUpperCase(Locale.ROOT);
    if (FINNISH_MUNICIPALITY.matcher(upper).matches()) {
      return new RegionCode(null, RegionCode.Kind.OTHER, upper);
    }
    return office == Country.NO ? norwegian(code, upper) : swedish(code, upper);
  }

  private static RegionCode norwegian(String code, String upper) {
    Matcher m;
    if ((m = SSB_MUNICIPALITY.matcher(upper)).matches()) {
      return municipality(Country.NO, m.group(1));
    }
    if ((m = SSB_COUNTY.matcher(upper)).matches()) {
      return county(Country.NO, m.group(1));
    }
    if ((m = KOSTRA_GROUP.matcher(upper)).matches()) {
      int group = Integer.parseInt(m.group(1));
      if (group >= 1) {
        return new RegionCode(
            Country.NO,
            RegionCode.Kind.GROUP,
            KOSTRA_GROUP_PREFIX + String.format(Locale.ROOT, "%02d", group));
      }
    }
    if (upper.equals("EAK") || upper.equals("0")) {
      return country(Country.NO);
    }
    if (upper.equals("ASSS")) {
      return new RegionCode(Country.NO, RegionCode.Kind.GROUP, "ASSS");
    }
    if (DIGITS.matcher(upper).matches()) {
      if (upper.length() == 4 && !upper.equals("0000")) {
        return municipality(Country.NO, upper);
      }
      if (upper.length() == 2 && !upper.equals("00")) {
        return county(Country.NO, upper);
      }
    }
    return other(Country.NO, code);
  }

  private static RegionCode swedish(String code, String upper) {
    if (upper.equals("00") || upper.equals("0000")) {
      return country(Country.SE);
    }
    if (DIGITS.matcher(upper).matches()) {
      if (upper.length() == 2 && isSwedishCounty(upper)) {
        return county(Country.SE, upper);
      }
      if (upper.length() == 4 && isSwedishCounty(upper.substring(0, 2))) {
        return municipality(Country.SE, upper);
      }
    }
    if (KOLADA_GROUP.matcher(upper).matches()) {
      return new RegionCode(Country.SE, RegionCode.Kind.GROUP, upper);
    }
    return other(Country.SE, code);
  }

  /** SCB's county codes run from 01 (Stockholm) to 25 (Norrbotten), with gaps (02, 11, ...). */
  private static boolean isSwedishCounty(String twoDigits) {
    int county = Integer.parseInt(twoDigits);
    return county >= 1 && county <= 25;
  }

  private static RegionCode country(Country country) {
    return new RegionCode(country, RegionCode.Kind.COUNTRY, country.name());
  }

  private static RegionCode county(Country country, String code) {
    return new RegionCode(country, RegionCode.Kind.COUNTY, code);
  }

  private static RegionCode municipality(Country country, String code) {
    return new RegionCode(country, RegionCode.Kind.MUNICIPALITY, code);
  }

  private static RegionCode other(Country country, String code) {
    return new RegionCode(country, RegionCode.Kind.OTHER, code);
  }
}
