package org.barometer.statistics.domain;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.barometer.shared.Country;
import org.barometer.shared.RegionCode;
import org.barometer.shared.RegionCodes;

/**
 * Reads Norwegian municipality number changes into a {@link MunicipalityHistory}: UTF-8, one change
 * a line, {@code old_code;new_code;valid_from}, the format of SSB's KLASS classification 131 change
 * list reduced to its three columns.
 *
 * <p>The shipped file holds only the changes of Barometer's example municipalities (Sandefjord,
 * Drammen, Sarpsborg), of ASSS and of Vestfold og Grenland; the complete list is fetched from KLASS
 * 131 and joined to it by {@code application.MunicipalityCodes}. {@code docs/region-groups.md} says
 * what the rows mean and what was left out.
 */
public final class MunicipalityCodeChanges {

  /** The classpath location of the shipped changes. */
  public static final String SHIPPED = "/org/barometer/statistics/municipality-codes-no.csv";

  private MunicipalityCodeChanges() {}

  /** The classpath location of the shipped Swedish changes. */
  public static final String SHIPPED_SE = "/org/barometer/statistics/municipality-codes-se.csv";

  /** The Norwegian changes shipped with Barometer. */
  public static MunicipalityHistory shipped() {
    return ShippedFile.read(SHIPPED, MunicipalityCodeChanges::read);
  }

  /** The changes of {@code country} shipped with Barometer. */
  public static MunicipalityHistory shipped(Country country) {
    return switch (country) {
      case NO -> shipped();
      case SE -> ShippedFile.read(SHIPPED_SE, r -> read(r, Country.SE));
    };
  }

  /**
   * Reads {@code old_code;new_code;valid_from} lines; a header line, blank lines and lines starting
   * with {@code #} are skipped. Codes are normalised as SSB's ({@code K_0710} is {@code 0710}).
   *
   * @throws IllegalArgumentException naming the line when it is malformed
   */
  public static MunicipalityHistory read(Reader reader) throws IOException {
    return read(reader, Country.NO);
  }

  /** As {@link #read(Reader)}, codes read as {@code country}'s office writes them. */
  public static MunicipalityHistory read(Reader reader, Country country) throws IOException {
    List<MunicipalityHistory.CodeChange> rows = new ArrayList<>();
    BufferedReader lines = new BufferedReader(reader);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String text = line.strip();
      if (text.isEmpty() || text.startsWith("#") || text.startsWith("old_code")) {
        continue;
      }
      String[] f = text.split(";", -1);
      try {
        if (f.length != 3) {
          throw new IllegalArgumentException("expected old_code;new_code;valid_from");
        }
        rows.add(
            new MunicipalityHistory.CodeChange(
                code(f[0], country), code(f[1], country), Integer.parseInt(f[2].strip())));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Line " + number + ": " + e.getMessage() + ": " + line, e);
      }
    }
    return MunicipalityHistory.of(country, rows);
  }

  private static String code(String written, Country country) {
    RegionCode r = RegionCodes.normalise(written, country);
    if (r.kind() != RegionCode.Kind.MUNICIPALITY) {
      throw new IllegalArgumentException("'" + written + "' is not a municipality number");
    }
    return r.code();
  }
}
