package org.barometer.statistics.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.barometer.shared.Country;
import org.barometer.shared.RegionCode;
import org.barometer.shared.RegionCodes;
import org.barometer.statistics.domain.MunicipalityHistory;
import org.barometer.statistics.domain.MunicipalityHistory.Merger;
import org.barometer.statistics.domain.Series;

/**
 * The codes one region's figures were published under, and how they join into one series. A
 * Norwegian municipality asked for by any of its codes (Sandefjord as 0710, 3804 or 3907) is shown
 * under its code of today, with the figures of every earlier code. Through a merger (Drammen 2020 =
 * 0602 + 0625 + 0711) the figures before the merger belong to several municipalities and are not
 * added, because a sum is wrong for rates and per-inhabitant figures: the series then starts at the
 * merger, and {@link #note} says why.
 *
 * @param shown the region the series is shown under (today's code)
 * @param codes the codes to read, today's first
 * @param mergedIn the year of the latest merger whose older figures are left out, or 0
 * @param merged the codes that merged that year
 */
record RegionLineage(RegionCode shown, List<RegionCode> codes, int mergedIn, List<String> merged) {

  /**
   * The lineage of {@code region} as of {@code year}; regions other than NO municipalities stand
   * alone.
   */
  static RegionLineage of(RegionCode region, MunicipalityHistory history, int year) {
    if (region.kind() != RegionCode.Kind.MUNICIPALITY || region.country() != Country.NO) {
      return new RegionLineage(region, List.of(region), 0, List.of());
    }
    int inUse = lastYearInUse(history, region.code(), year);
    String today = history.codeIn(region.code(), inUse, Math.max(inUse, year));
    List<String> lineage = history.lineage(today, Math.max(inUse, year));
    List<Merger> mergers = history.mergers(today, Math.max(inUse, year));
    int mergedIn = mergers.stream().mapToInt(Merger::validFrom).max().orElse(0);
    List<String> merged =
        mergers.stream()
            .filter(m -> m.validFrom() == mergedIn)
            .flatMap(m -> m.from().stream())
            .toList();
    List<RegionCode> codes = new ArrayList<>();
    for (String code : lineage) {
      if (mergedIn == 0 || usedSince(history, code, mergedIn, year)) {
        codes.add(RegionCodes.normalise(code, Country.NO));
      }
    }
    return new RegionLineage(codes.get(0), List.copyOf(codes), mergedIn, merged);
  }

  /** The parts read under {@link #codes}, joined under {@link #shown}; null when none was found. */
  Series join(Map<RegionCode, Series> read) {
    List<Series> parts = codes.stream().map(read::get).filter(s -> s != null).toList();
    return parts.isEmpty() ? null : Series.joined(shown, parts);
  }

  /** Why the series starts where it does, or null when nothing was left out. */
  String note() {
    if (mergedIn == 0) {
      return null;
    }
    return "Figures before "
        + mergedIn
        + " belong to the municipalities that merged then ("
        + merged.stream().collect(Collectors.joining(", "))
        + ") and are not added together.";
  }

  private static int lastYearInUse(MunicipalityHistory history, String code, int year) {
    for (int y = year; y >= 1838; y--) {
      if (history.inUse(code, y)) {
        return y;
      }
    }
    throw new IllegalArgumentException("Municipality number " + code + " was never in use");
  }

  private static boolean usedSince(MunicipalityHistory history, String code, int from, int to) {
    for (int y = from; y <= to; y++) {
      if (history.inUse(code, y)) {
        return true;
      }
    }
    return false;
  }
}
