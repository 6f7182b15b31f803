package org.barometer.statistics.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.barometer.shared.Country;
import org.barometer.shared.RegionCode;
import org.barometer.shared.RegionCodes;

/**
 * Region groups read from a CSV file, UTF-8, one group a line:
 *
 * <pre>code;kind;country;name;member codes</pre>
 *
 * <p>{@code kind} is a {@link RegionGroup.Kind}; {@code country} ({@code NO} or {@code SE}) says
 * how the member codes are read, because a bare four-digit code is a Norwegian and a Swedish
 * municipality alike. Members are separated by commas and read with {@link RegionCodes#normalise},
 * so {@code K_3001} works too; an empty member list is allowed (a KOSTRA group whose members come
 * from SSB's KLASS grouping later). Lines starting with {@code #} and blank lines are skipped.
 *
 * <p>The shipped file {@code /org/barometer/statistics/region-groups.csv} holds only memberships
 * that are certain; see {@code docs/region-groups.md} for what is in it and what is not.
 */
public final class RegionGroups {

  /** The classpath location of the shipped groups. */
  public static final String SHIPPED = "/org/barometer/statistics/region-groups.csv";

  private final Map<String, RegionGroup> byCode;

  private RegionGroups(Map<String, RegionGroup> byCode) {
    this.byCode = byCode;
  }

  /** The groups shipped with Barometer. */
  public static RegionGroups shipped() {
    return ShippedFile.read(SHIPPED, RegionGroups::read);
  }

  /**
   * @throws IllegalArgumentException naming the line when it has the wrong number of fields, an
   *     unknown kind or country, a member that is not a municipality, or a group code seen before
   */
  public static RegionGroups read(Reader reader) throws IOException {
    Map<String, RegionGroup> groups = new LinkedHashMap<>();
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      RegionGroup group;
      try {
        group = parse(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("Line " + number + ": " + e.getMessage(), e);
      }
      if (groups.putIfAbsent(group.code(), group) != null) {
        throw new IllegalArgumentException("Line " + number + ": group " + group.code() + " twice");
      }
    }
    return new RegionGroups(groups);
  }

  private static RegionGroup parse(String line) {
    String[] f = line.split(";", -1);
    if (f.length != 5) {
      throw new IllegalArgumentException(
          "expected code;kind;country;name;members, found " + f.length + " fields: " + line);
    }
    RegionGroup.Kind kind = RegionGroup.Kind.valueOf(f[1].strip().toUpperCase(Locale.ROOT));
    Country country = Country.valueOf(f[2].strip().toUpperCase(Locale.ROOT));
    List<RegionCode> members = new ArrayList<>();
    for (String m : f[4].split(",")) {
      if (!m.isBlank()) {
        members.add(RegionCodes.normalise(m, country));
      }
    }
    return new RegionGroup(f[0].strip(), kind, f[3].strip(), members);
  }

  public Optional<RegionGroup> group(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** All groups in file order. */
  public List<RegionGroup> all() {
    return List.copyOf(byCode.values());
  }
}
