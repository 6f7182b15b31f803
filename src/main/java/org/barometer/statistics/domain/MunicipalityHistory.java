package org.barometer.statistics.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.barometer.shared.Country;
import org.barometer.shared.RegionCodes;

/**
 * Municipality numbers through time (Norway's, or Sweden's: {@link #country}), so that one
 * municipality keeps one continuous series across its codes: Sandefjord was 0710 until 2019, 3804
 * in 2020–2023 and is 3907 from 2024; a goal with baseline 2017 must find 0710's figure.
 *
 * <p>Each {@link CodeChange} is one row of SSB's KLASS classification 131 change list: "from {@code
 * validFrom} (1 January) the area of {@code oldCode} is (in whole or in part) in {@code newCode}".
 * Read together, the rows of one year say:
 *
 * <ul>
 *   <li>one old code, one new code: a <b>renumbering</b> (0710 → 3804 in 2020);
 *   <li>several old codes, one new code: a <b>merger</b> (Drammen 2020 = 0602 Drammen + 0625 Nedre
 *       Eiker + 0711 Svelvik); a row {@code old;old} says a municipality kept its code while others
 *       joined it (Stavanger 1103 with Finnøy and Rennesøy), and alone it is a change of name;
 *   <li>one old code, several new codes: a <b>division</b> ({@link Split}): Ålesund 1507 became
 *       Ålesund 1508 and Haram 1580 in 2024. When the old code is among the new ones, the
 *       municipality kept its code and gave a part away (Ringsaker 0412 to Hamar 0403 in 1992).
 * </ul>
 *
 * <p>A divided municipality's figures belong to none of its successors: going back, a code that
 * took in a part of a divided municipality does not inherit that municipality's series ({@link
 * #lineage} leaves it out, {@link #splits} names it), and going forward a divided code has no
 * single successor ({@link #codeIn} refuses, {@link #codesIn} gives them all). Codes are assumed
 * not to be reused for another municipality (the constructor refuses a table that does); codes
 * absent from the table are taken as never changed.
 */
public final class MunicipalityHistory {

  /** One row of the change list. */
  public record CodeChange(String oldCode, String newCode, int validFrom) {
    boolean renames() {
      return !oldCode.equals(newCode);
    }
  }

  /** Several codes that became one in {@code validFrom}; their series overlap before it. */
  public record Merger(String into, int validFrom, SortedSet<String> from) {}

  /**
   * A municipality ({@code from}) divided in {@code validFrom} between {@code into}; its figures
   * before then belong to none of them alone.
   */
  public record Split(String from, int validFrom, SortedSet<String> into) {}

  /** Where following a code forward ended: {@code code} in {@code year}. */
  public record Followed(String code, int year) {}

  private final Country country;
  private final List<CodeChange> changes;

  /** code → year → the codes its area went to that year. */
  private final Map<String, TreeMap<Integer, SortedSet<String>>> successors = new HashMap<>();

  /** code → year → the codes whose area came to it that year (itself included when listed). */
  private final Map<String, TreeMap<Integer, SortedSet<String>>> incoming = new HashMap<>();

  /** code → the first year it was in use; absent when in use before the table starts. */
  private final Map<String, Integer> introduced = new HashMap<>();

  /** code → the year it ended (its area went wholly to other codes). */
  private final Map<String, Integer> retired = new HashMap<>();

  private MunicipalityHistory(Country country, Collection<CodeChange> changes) {
    this.country = country;
    this.changes = List.copyOf(new LinkedHashSet<>(changes));
    for (CodeChange c : this.changes) {
      successors
          .computeIfAbsent(c.oldCode, k -> new TreeMap<>())
          .computeIfAbsent(c.validFrom, k -> new TreeSet<>())
          .add(c.newCode);
      incoming
          .computeIfAbsent(c.newCode, k -> new TreeMap<>())
          .computeIfAbsent(c.validFrom, k -> new TreeSet<>())
          .add(c.oldCode);
    }
    successors.forEach(
        (code, years) ->
            years.entrySet().stream()
                .filter(e -> !e.getValue().contains(code))
                .findFirst()
                .ifPresent(e -> retired.put(code, e.getKey())));
    incoming.forEach(
        (code, years) -> {
          // introduced when the first rows naming it come from other codes only, and it was not
          // an old code before: otherwise it was in use before the table starts
          int first = years.firstKey();
          boolean fromOthers = !years.get(first).contains(code);
          boolean oldBefore =
              successors.containsKey(code) && successors.get(code).firstKey() < first;
          if (fromOthers && !oldBefore) {
            introduced.put(code, first);
          }
        });
    for (Map.Entry<String, Integer> end : retired.entrySet()) {
      TreeMap<Integer, SortedSet<String>> in = incoming.get(end.getKey());
      if (in != null && !in.tailMap(end.getValue(), false).isEmpty()) {
        throw new IllegalArgumentException(
            "Code "
                + end.getKey()
                + " ended in "
                + end.getValue()
                + " and is used again in "
                + in.tailMap(end.getValue(), false).firstKey()
                + ": a reused code cannot be followed");
      }
    }
  }

  /**
   * @throws IllegalArgumentException when a code that ended is used again
   */
  public static MunicipalityHistory of(Collection<CodeChange> changes) {
    return of(Country.NO, changes);
  }

  /**
   * The history of {@code country}'s municipality codes.
   *
   * @throws IllegalArgumentException when a code that ended is used again
   */
  public static MunicipalityHistory of(Country country, Collection<CodeChange> changes) {
    return new MunicipalityHistory(country, changes);
  }

  /** This history with {@code more} rows (a row already here is not added twice). */
  public MunicipalityHistory with(Collection<CodeChange> more) {
    List<CodeChange> all = new ArrayList<>(changes);
    all.addAll(more);
    return new MunicipalityHistory(country, all);
  }

  /** Whose municipality codes these are. */
  public Country country() {
    return country;
  }

  public List<CodeChange> changes() {
    return changes;
  }

  /** The latest year in which the table records a change, or empty for an empty table. */
  public Optional<Integer> latestChange() {
    return changes.stream().map(CodeChange::validFrom).max(Integer::compare);
  }

  /** Whether {@code code} was a municipality number in {@code year} (as far as the table knows). */
  public boolean inUse(String code, int year) {
    return introduced.getOrDefault(code, Integer.MIN_VALUE) <= year
        && year < retired.getOrDefault(code, Integer.MAX_VALUE);
  }

  /** The division that ended {@code code}, if it ended so (Ålesund 1507 in 2024). */
  public Optional<Split> division(String code) {
    Integer end = retired.get(code);
    if (end == null) {
      return Optional.empty();
    }
    SortedSet<String> into = successors.get(code).get(end);
    return into.size() > 1 ? Optional.of(new Split(code, end, into)) : Optional.empty();
  }

  /**
   * The code the municipality has now: every later change followed (0710 in 2017 → 3907).
   *
   * @throws IllegalArgumentException when the code was not in use in that year, or the municipality
   *     was divided since
   */
  public String currentCode(String code, int year) {
    return codeIn(code, year, Integer.MAX_VALUE);
  }

  /**
   * The code, in {@code targetYear} (≥ {@code year}), of the municipality that had {@code code} in
   * {@code year}: 0710 in 2019 → 3804 in 2022.
   *
   * @throws IllegalArgumentException when the code was not in use in {@code year}, {@code
   *     targetYear} is earlier (use {@link #codesIn}: going back through a merger gives several),
   *     or the municipality was divided by then (use {@link #codesIn}: it gives every part)
   */
  public String codeIn(String code, int year, int targetYear) {
    if (targetYear < year) {
      throw new IllegalArgumentException(
          "Use codesIn to go back from " + year + " to " + targetYear);
    }
    Followed f = follow(code, year, targetYear);
    if (f.year < targetYear && retired.containsKey(f.code)) {
      Split s = division(f.code).orElseThrow();
      throw new IllegalArgumentException(
          "Municipality number "
              + f.code
              + " was divided in "
              + s.validFrom
              + " into "
              + String.join(", ", s.into)
              + ": it has no single code "
              + (targetYear == Integer.MAX_VALUE ? "now" : "in " + targetYear));
    }
    return f.code;
  }

  /**
   * Follows {@code code} (in use in {@code year}) forward to {@code targetYear} through
   * renumberings and mergers, stopping in the last year before a division: 1613 in 2017 → 5012 in
   * 2019 (Snillfjord, divided in 2020).
   *
   * @throws IllegalArgumentException when the code was not in use in {@code year}
   */
  public Followed follow(String code, int year, int targetYear) {
    requireInUse(code, year);
    String c = code;
    Integer end;
    while ((end = retired.get(c)) != null && end <= targetYear) {
      SortedSet<String> next = successors.get(c).get(end);
      if (next.size() > 1) {
        return new Followed(c, end - 1);
      }
      c = next.first();
    }
    return new Followed(c, Math.max(year, targetYear));
  }

  /**
   * The codes under which the municipality that had {@code code} in {@code year} was published in
   * {@code targetYear}. Going forward: one code, or every code its area went to (the parts of a
   * division, and any code it gave a part to while keeping its own). Going back: one code through a
   * renumbering, several through a merger (Drammen 3301 in 2019: 0602, 0625, 0711), none for a
   * municipality formed from a part of a divided one (Haram 1580 in 2023; see {@link #splits}).
   */
  public SortedSet<String> codesIn(String code, int year, int targetYear) {
    requireInUse(code, year);
    SortedSet<String> found = new TreeSet<>();
    if (targetYear >= year) {
      forward(code, year, targetYear, found);
      return found;
    }
    walkBack(code, year, targetYear, found, new Past());
    return found;
  }

  /**
   * Every code whose series belongs to the municipality that had {@code code} in {@code year},
   * newest first, the code itself included: what {@link #continuous} joins. A divided
   * municipality's code is not part of any successor's lineage.
   */
  public List<String> lineage(String code, int year) {
    requireInUse(code, year);
    Past past = new Past();
    walkBack(code, year, Integer.MIN_VALUE, new TreeSet<>(), past);
    return List.copyOf(past.visited);
  }

  /**
   * The mergers in the municipality's past: for each, the old codes whose figures for the years
   * before it overlap and must not be added blindly (a sum is right for counts, wrong for rates).
   */
  public List<Merger> mergers(String code, int year) {
    requireInUse(code, year);
    Past past = new Past();
    walkBack(code, year, Integer.MIN_VALUE, new TreeSet<>(), past);
    return List.copyOf(past.mergers);
  }

  /**
   * The divisions in the municipality's past: municipalities of which it (or one of its
   * predecessors) took in a part, whose figures are therefore not its own (Haram 1580 in 2024:
   * Ålesund 1507 divided into 1508 and 1580).
   */
  public List<Split> splits(String code, int year) {
    requireInUse(code, year);
    Past past = new Past();
    walkBack(code, year, Integer.MIN_VALUE, new TreeSet<>(), past);
    return List.copyOf(past.splits);
  }

  /**
   * One continuous series under the municipality's code from the series published under each code
   * of its {@link #lineage}, via {@link Series#joined}.
   *
   * @param seriesByCode series by the code they were published under; codes without one are skipped
   * @throws IllegalArgumentException naming the codes and the period when two codes have a value
   *     for the same period (a merger), or when no code of the lineage has a series
   */
  public Series continuous(String code, int year, Map<String, Series> seriesByCode) {
    List<Series> parts = new ArrayList<>();
    for (String c : lineage(code, year)) {
      Series s = seriesByCode.get(c);
      if (s != null) {
        parts.add(s);
      }
    }
    return Series.joined(RegionCodes.normalise(code, country), parts);
  }

  /** What a walk back found: codes in order, the mergers and divisions met. */
  private static final class Past {
    final Set<String> visited = new LinkedHashSet<>();
    final List<Merger> mergers = new ArrayList<>();
    final List<Split> splits = new ArrayList<>();
  }

  /** Every code the area of {@code code} (in use in {@code year}) is in by {@code targetYear}. */
  private void forward(String code, int year, int targetYear, Set<String> found) {
    TreeMap<Integer, SortedSet<String>> out = successors.getOrDefault(code, new TreeMap<>());
    for (Map.Entry<Integer, SortedSet<String>> e :
        out.subMap(year, false, targetYear, true).entrySet()) {
      for (String next : e.getValue()) {
        if (!next.equals(code)) {
          forward(next, e.getKey(), targetYear, found);
        }
      }
      if (!e.getValue().contains(code)) {
        return;
      }
    }
    found.add(code);
  }

  /**
   * The latest change up to {@code upTo} (after {@code targetYear}) in which another code's area
   * came to {@code code}: its whole contributors are walked further back, a divided contributor is
   * recorded as a split and not walked.
   */
  private void walkBack(String code, int upTo, int targetYear, Set<String> atTarget, Past past) {
    past.visited.add(code);
    TreeMap<Integer, SortedSet<String>> in = incoming.getOrDefault(code, new TreeMap<>());
    Integer latest = null;
    for (Map.Entry<Integer, SortedSet<String>> e :
        in.headMap(upTo, true).descendingMap().entrySet()) {
      if (e.getKey() <= targetYear) {
        break;
      }
      if (e.getValue().stream().anyMatch(o -> !o.equals(code))) {
        latest = e.getKey();
        break;
      }
    }
    if (latest == null) {
      atTarget.add(code);
      return;
    }
    int year = latest;
    SortedSet<String> whole = new TreeSet<>();
    for (String old : in.get(year)) {
      SortedSet<String> to = successors.get(old).get(year);
      if (old.equals(code) || to.size() == 1) {
        whole.add(old);
      } else {
        past.splits.add(new Split(old, year, to));
      }
    }
    if (inUse(code, year - 1)) {
      whole.add(code);
    }
    if (whole.size() > 1) {
      past.mergers.add(new Merger(code, year, whole));
    }
    for (String old : whole) {
      walkBack(old, year - 1, targetYear, atTarget, past);
    }
  }

  private void requireInUse(String code, int year) {
    if (!inUse(code, year)) {
      throw new IllegalArgumentException(
          "Municipality number " + code + " was not in use in " + year + describe(code, year));
    }
  }

  private String describe(String code, int year) {
    Integer end = retired.get(code);
    if (end != null && year >= end) {
      SortedSet<String> to = successors.get(code).get(end);
      return to.size() > 1
          ? " (it was divided in " + end + " into " + String.join(", ", to) + ")"
          : " (it became " + to.first() + " in " + end + ")";
    }
    return " (it was introduced in " + introduced.get(code) + ")";
  }
}
