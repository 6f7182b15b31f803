package org.barometer.statistics.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.barometer.shared.RegionCode;

/**
 * A named set of municipalities a goal compares against: "better than the KOSTRA group 11 average",
 * "the ASSS average", "the municipalities of Vestfold and Grenland", "the Gothenburg region".
 *
 * <p>Membership is data, not code. ASSS and the regional groups are shipped in {@code
 * region-groups.csv} (see {@link RegionGroups}); a KOSTRA group's members change with SSB's
 * grouping (the 2020 grouping has 17 groups) and are therefore shipped empty and filled from SSB's
 * KOSTRA grouping in KLASS or by a user, in the same CSV format. A group without members can still
 * be used through the figure SSB publishes for it ({@code EKG11}), see {@link
 * GroupFigure#preferring}.
 *
 * @param code the group's code: {@code EKG11}, {@code ASSS}, or a code chosen by whoever defines it
 * @param kind where the membership comes from
 * @param name for people
 * @param members municipalities in the order given, without repeats; may be empty
 */
public record RegionGroup(String code, Kind kind, String name, List<RegionCode> members) {

  /** Where a group's membership comes from. */
  public enum Kind {
    /** SSB's KOSTRA grouping (by size, fixed costs and free disposable income). */
    KOSTRA,
    /** The 12 largest Norwegian municipalities' cooperation (Aggregerte Styringsdata). */
    ASSS,
    /** A region the municipalities themselves name: Vestfold og Grenland, Göteborgsregionen. */
    REGIONAL,
    /** Defined by the office's staff, e.g. "the competing regions". */
    USER
  }

  /**
   * @throws IllegalArgumentException when the code or name is blank, a member is listed twice or a
   *     member is not a municipality
   */
  public RegionGroup {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(members, "members");
    if (code.isBlank() || name.isBlank()) {
      throw new IllegalArgumentException("A region group needs a code and a name: '" + code + "'");
    }
    LinkedHashSet<RegionCode> seen = new LinkedHashSet<>();
    for (RegionCode m : members) {
      if (m.kind() != RegionCode.Kind.MUNICIPALITY) {
        throw new IllegalArgumentException(
            "Group " + code + " can only hold municipalities, not " + m);
      }
      if (!seen.add(m)) {
        throw new IllegalArgumentException("Group " + code + " lists " + m.code() + " twice");
      }
    }
    members = List.copyOf(members);
  }

  public boolean hasMembers() {
    return !members.isEmpty();
  }

  public boolean contains(RegionCode region) {
    return members.contains(region);
  }
}
