package org.barometer.statistics.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.barometer.shared.Country;
import org.barometer.shared.RegionCodes;

/**
 * Norwegian municipality numbers through time, so that one municipality keeps one continuous series
 * across its codes: Sandefjord was 0710 until 2019, 3804 in 2020–2023 and is 3907 from 2024; a goal
 * with baseline 2017 must find 0710's figure.
 *
 * <p>Each {@link CodeChange} says "from {@code validFrom} (1 January) {@code oldCode} is {@code
 * newCode}": the old code was in use up to {@code validFrom − 1}. Several old codes with the same
 * new code and year are a <b>merger</b> (Drammen 2020 = 0602 Drammen + 0625 Nedre Eiker + 0711
 * Svelvik); when a municipality kept its code while others joined it, the row {@code old;old;year}
 * says so (Stavanger 1103 with Finnøy and Rennesøy). A split (one old code to several new) cannot
 * be written: a municipality's figures cannot be divided after the fact. Codes are assumed not to
 * be reused for another municipality; codes absent from the table are taken as never changed.
 *
 * <p>{@link MunicipalityCodeChanges#shipped()} holds only the changes of Barometer's example
 * municipalities, ASSS and Vestfold og Grenland; the full table is SSB's KLASS classification 131
 * change list in the same format ({@code old_code;new_code;valid_from}).
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

  private final List<CodeChange> changes;

  private MunicipalityHistory(List<CodeChange> changes) {
    this.changes = List.copyOf(changes);
    for (CodeChange c : this.changes) {
      long out =
          this.changes.stream().filter(o -> o.renames() && o.oldCode.equals(c.oldCode)).count();
      if (c.renames() && out > 1) {
        throw new IllegalArgumentException(
            "Code " + c.oldCode + " becomes more than one code: a split cannot be represented");
      }
    }
  }

  /**
   * @throws IllegalArgumentException when one old code becomes more than one new code
   */
  public static MunicipalityHistory of(Collection<CodeChange> changes) {
    return new MunicipalityHistory(new ArrayList<>(changes));
  }

  public List<CodeChange> changes() {
    return changes;
  }

  /** Whether {@code code} was a municipality number in {@code year} (as far as the table knows). */
  public boolean inUse(String code, int year) {
    Optional<CodeChange> retired = outgoing(code);
    if (retired.isPresent() && year >= retired.get().validFrom) {
      return false;
    }
    boolean keptOwn = changes.stream().anyMatch(c -> !c.renames() && c.newCode.equals(code));
    return keptOwn
        || changes.stream()
            .filter(c -> c.renames() && c.newCode.equals(code))
            .allMatch(c -> year >= c.validFrom);
  }

  /**
   * The code the municipality has now: every later change followed (0710 in 2017 → 3907).
   *
   * @throws IllegalArgumentException when the code was not in use in that year
   */
  public String currentCode(String code, int year) {
    return codeIn(code, year, Integer.MAX_VALUE);
  }

  /**
   * The code, in {@code targetYear} (≥ {@code year}), of the municipality that had {@code code} in
   * {@code year}: 0710 in 2019 → 3804 in 2022.
   *
   * @throws IllegalArgumentException when the code was not in use in {@code year}, or {@code
   *     targetYear} is earlier (use {@link #codesIn}: going back through a merger gives several)
   */
  public String codeIn(String code, int year, int targetYear) {
    requireInUse(code, year);
    if (targetYear < year) {
      throw new IllegalArgumentException(
          "Use codesIn to go back from " + year + " to " + targetYear);
    }
    String c = code;
    Optional<CodeChange> next;
    while ((next = outgoing(c)).isPresent() && next.get().validFrom <= targetYear) {
      c = next.get().newCode;
    }
    return c;
  }

  /**
   * The codes under which the municipality that had {@code code} in {@code year} was published in
   * {@code targetYear}: one code going forward or through a renumbering, several going back through
   * a merger (Drammen 3301 in 2019: 0602, 0625, 0711).
   */
  public SortedSet<String> codesIn(String code, int year, int targetYear) {
    if (targetYear >= year) {
      return new TreeSet<>(Set.of(codeIn(code, year, targetYear)));
    }
    requireInUse(code, year);
    SortedSet<String> found = new TreeSet<>();
    walkBack(code, year, targetYear, found, new LinkedHashSet<>(), new ArrayList<>());
    return found;
  }

  /**
   * Every code whose series belongs to the municipality that had {@code code} in {@code year},
   * newest first, the code itself included: what {@link #continuous} joins.
   */
  public List<String> lineage(String code, int year) {
    requireInUse(code, year);
    LinkedHashSet<String> visited = new LinkedHashSet<>();
    walkBack(code, year, Integer.MIN_VALUE, new TreeSet<>(), visited, new ArrayList<>());
    return List.copyOf(visited);
  }

  /**
   * The mergers in the municipality's past: for each, the old codes whose figures for the years
   * before it overlap and must not be added blindly (a sum is right for counts, wrong for rates).
   */
  public List<Merger> mergers(String code, int year) {
    requireInUse(code, year);
    List<Merger> mergers = new ArrayList<>();
    walkBack(code, year, Integer.MIN_VALUE, new TreeSet<>(), new LinkedHashSet<>(), mergers);
    return mergers;
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
    return Series.joined(RegionCodes.normalise(code, Country.NO), parts);
  }

  private void walkBack(
      String code,
      int upTo,
      int targetYear,
      Set<String> atTarget,
      Set<String> visited,
      List<Merger> mergers) {
    visited.add(code);
    int latest = Integer.MIN_VALUE;
    for (CodeChange c : changes) {
      if (c.newCode.equals(code) && c.validFrom <= upTo && c.validFrom > targetYear) {
        latest = Math.max(latest, c.validFrom);
      }
    }
    if (latest == Integer.MIN_VALUE) {
      atTarget.add(code);
      return;
    }
    SortedSet<String> from = new TreeSet<>();
    for (CodeChange c : changes) {
      if (c.newCode.equals(code) && c.validFrom == latest) {
        from.add(c.oldCode);
      }
    }
    if (from.size() > 1) {
      mergers.add(new Merger(code, latest, from));
    }
    for (String old : from) {
      walkBack(old, latest - 1, targetYear, atTarget, visited, mergers);
    }
  }

  private Optional<CodeChange> outgoing(String code) {
    return changes.stream().filter(c -> c.renames() && c.oldCode.equals(code)).findFirst();
  }

  private void requireInUse(String code, int year) {
    if (!inUse(code, year)) {
      throw new IllegalArgumentException(
          "Municipality number " + code + " was not in use in " + year + describe(code));
    }
  }

  private String describe(String code) {
    return outgoing(code)
        .map(c -> " (it became " + c.newCode + " in " + c.validFrom + ")")
        .orElse(" (it was introduced later)");
  }
}
