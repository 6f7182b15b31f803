package org.barometer.statistics.application;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.barometer.shared.RegionCode;
import org.barometer.shared.RegionCodes;
import org.barometer.statistics.domain.MunicipalityHistory;
import org.barometer.statistics.domain.MunicipalityHistory.Merger;
import org.barometer.statistics.domain.MunicipalityHistory.Split;
import org.barometer.statistics.domain.Series;

/**
 * The codes one region's figures were published under, and how they join into one series. A
 * Norwegian municipality asked for by any of its codes (Sandefjord as 0710, 3804 or 3907) is shown
 * under its code of today, with the figures of every earlier code. Through a merger (Drammen 2020 =
 * 0602 + 0625 + 0711) the figures before the merger belong to several municipalities and are not
 * added, because a sum is wrong for rates and per-inhabitant figures: the series then starts at the
 * merger, and {@link #note} says why. The same holds when the municipality took in a part of a
 * divided one (Narvik 2020 took part of Tysfjord; Haram 2024 is a part of Ålesund 1507): the area
 * changed, the older figures are of another area. A municipality that was itself divided later
 * (Ålesund 1507, divided in 2024) is shown under its own code: it has no single successor.
 *
 * @param shown the region the series is shown under (today's code, or the last code before a
 *     division)
 * @param codes the codes to read, today's first
 * @param brokeIn the year of the latest merger or division whose older figures are left out, or 0
 * @param merged the codes that merged that year
 * @param parts the divided municipalities a part of which was taken in that year
 * @param divided the division that ended {@link #shown} by the year asked for, or null
 */
record RegionLineage(
    RegionCode shown,
    List<RegionCode> codes,
    int brokeIn,
    List<String> merged,
    List<Split> parts,
    Split divided) {

  /**
   * The lineage of {@code region} as of {@code year}; regions other than municipalities of the
   * history's country stand alone.
   */
  static RegionLineage of(RegionCode region, MunicipalityHistory history, int year) {
    if (region.kind() != RegionCode.Kind.MUNICIPALITY || region.country() != history.country()) {
      return new RegionLineage(region, List.of(region), 0, List.of(), List.of(), null);
    }
    int inUse = lastYearInUse(history, region.code(), year);
    MunicipalityHistory.Followed today =
        history.follow(region.code(), inUse, Math.max(inUse, year));
    String code = today.code();
    int asOf = today.year();
    List<String> lineage = history.lineage(code, asOf);
    List<Merger> mergers = history.mergers(code, asOf);
    List<Split> splits = history.splits(code, asOf);
    int brokeIn =
        Math.max(
            mergers.stream().mapToInt(Merger::validFrom).max().orElse(0),
            splits.stream().mapToInt(Split::validFrom).max().orElse(0));
    List<String> merged =
        mergers.stream()
            .filter(m -> m.validFrom() == brokeIn)
            .flatMap(m -> m.from().stream())
            .toList();
    List<Split> parts = splits.stream().filter(s -> s.validFrom() == brokeIn).toList();
    List<RegionCode> codes = new ArrayList<>();
    for (String c : lineage) {
      if (brokeIn == 0 || usedSince(history, c, brokeIn, asOf)) {
        codes.add(RegionCodes.normalise(c, history.country()));
      }
    }
    Split divided = history.division(code).filter(s -> s.validFrom() <= year).orElse(null);
    return new RegionLineage(codes.get(0), List.copyOf(codes), brokeIn, merged, parts, divided);
  }

  /** The parts read under {@link #codes}, joined under {@link #shown}; null when none was found. */
  Series join(Map<RegionCode, Series> read) {
    List<Series> parts = codes.stream().map(read::get).filter(s -> s != null).toList();
    return parts.isEmpty() ? null : Series.joined(shown, parts);
  }

  /** Why the series starts or ends where it does, or null when nothing was left out. */
  String note() {
    List<String> why = new ArrayList<>();
    if (!merged.isEmpty()) {
      why.add(
          "Figures before "
              + brokeIn
              + " belong to the municipalities that merged then ("
              + String.join(", ", merged)
              + ") and are not added together.");
    }
    if (!parts.isEmpty()) {
      why.add(
          "Figures before "
              + brokeIn
              + " are of another area: a part of "
              + parts.stream().map(RegionLineage::describe).collect(Collectors.joining("; "))
              + " was taken in then.");
    }
    if (divided != null) {
      why.add("Figures end in " + (divided.validFrom() - 1) + ": " + describe(divided) + ".");
    }
    return why.isEmpty() ? null : String.join(" ", why);
  }

  private static String describe(Split s) {
    if (s.into().contains(s.from())) {
      return s.from() + " (which kept its code and gave a part away in " + s.validFrom() + ")";
    }
    return s.from()
        + " (divided in "
        + s.validFrom()
        + " into "
        + String.join(", ", s.into())
        + ")";
  }

  /**
   * The last year up to {@code year} the code was in use, or, for a code decided but not yet in use
   * (KLASS lists next year's numbers before they take effect), its first year.
   */
  private static int lastYearInUse(MunicipalityHistory history, String code, int year) {
    for (int y = year; y >= 1838; y--) {
      if (history.inUse(code, y)) {
        return y;
      }
    }
    for (int y = year + 1; y <= year + 5; y++) {
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
