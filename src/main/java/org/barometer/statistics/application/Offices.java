package org.barometer.statistics.application;

import java.util.Locale;
import org.barometer.shared.Country;

/**
 * The statistics offices Barometer knows, recognised from what files write in their {@code source}
 * (JSON-stat) or {@code SOURCE} (PX): "Statistics Norway", "Statistisk sentralbyrå", "SCB", ...
 */
final class Offices {

  private Offices() {}

  /** The office's short name ("SSB", "SCB", "Kolada"), or null when the text names none of them. */
  static String recognise(String written) {
    if (written == null) {
      return null;
    }
    String s = written.toLowerCase(Locale.ROOT);
    if (s.contains("statistics norway") || s.contains("statistisk sentralbyr") || s.equals("ssb")) {
      return "SSB";
    }
    if (s.contains("statistics sweden")
        || s.contains("statistiska centralbyr")
        || s.equals("scb")
        || s.startsWith("scb ")) {
      return "SCB";
    }
    if (s.contains("kolada") || s.contains("rka")) {
      return "Kolada";
    }
    return null;
  }

  /** The country whose region codes an office writes; null for an office Barometer cannot tell. */
  static Country country(String office) {
    if (office == null) {
      return null;
    }
    return switch (office.toUpperCase(Locale.ROOT)) {
      case "SSB", "KOSTRA", "NAV", "NHO" -> Country.NO;
      case "SCB", "KOLADA", "SKR" -> Country.SE;
      default -> null;
    };
  }
}
