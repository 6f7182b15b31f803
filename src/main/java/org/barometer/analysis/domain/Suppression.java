package org.barometer.analysis.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Which groups of a breakdown may be shown, so that no published figure rests on so few businesses
 * that they can be recognised (in small municipalities, "the three hotels"). Applied everywhere a
 * breakdown leaves the system: pages, API, exports.
 *
 * <ol>
 *   <li><b>Primary:</b> a group with n &lt; minimum (default 7, as SKR Insikt) is {@link
 *       Visibility#SUPPRESSED_SMALL}.
 *   <li><b>Secondary:</b> the breakdown's total is shown, so if exactly one group with answers is
 *       suppressed, its figures are the total minus the shown groups. Then the smallest shown group
 *       (the first in the given order on a tie) is also suppressed, {@link
 *       Visibility#SUPPRESSED_TO_PROTECT}, and the check is repeated until no group is alone.
 * </ol>
 *
 * A suppressed group with n = 0 (often "not stated") reveals nothing when recovered by subtraction,
 * so it does not count as the lone suppressed group. When all groups are suppressed or the
 * breakdown has a single group, nothing is left to suppress here; whether the total itself may be
 * shown is the caller's check on the total's n.
 */
public final class Suppression {

  public static final int DEFAULT_MINIMUM = 7;

  private final int minimum;

  public Suppression(int minimum) {
    if (minimum < 1) {
      throw new IllegalArgumentException("minimum must be at least 1, was " + minimum);
    }
    this.minimum = minimum;
  }

  /** With the default minimum of 7 answers. */
  public static Suppression withDefaultMinimum() {
    return new Suppression(DEFAULT_MINIMUM);
  }

  public int minimum() {
    return minimum;
  }

  /** The decision for every group, in the given order. */
  public List<GroupDisclosure> apply(List<BreakdownGroup> groups) {
    Visibility[] visibility = new Visibility[groups.size()];
    for (int i = 0; i < visibility.length; i++) {
      visibility[i] = groups.get(i).n() < minimum ? Visibility.SUPPRESSED_SMALL : Visibility.SHOWN;
    }
    while (recoverableSuppressed(groups, visibility) == 1) {
      int smallest = -1;
      for (int i = 0; i < visibility.length; i++) {
        if (visibility[i].shown()
            && (smallest < 0 || groups.get(i).n() < groups.get(smallest).n())) {
          smallest = i;
        }
      }
      if (smallest < 0) {
        break;
      }
      visibility[smallest] = Visibility.SUPPRESSED_TO_PROTECT;
    }
    List<GroupDisclosure> result = new ArrayList<>(groups.size());
    for (int i = 0; i < visibility.length; i++) {
      result.add(new GroupDisclosure(groups.get(i).key(), groups.get(i).n(), visibility[i]));
    }
    return List.copyOf(result);
  }

  /** Suppressed groups that hold answers, i.e. whose figures subtraction would reveal. */
  private static int recoverableSuppressed(List<BreakdownGroup> groups, Visibility[] visibility) {
    int count = 0;
    for (int i = 0; i < visibility.length; i++) {
      if (!visibility[i].shown() && groups.get(i).n() > 0) {
        count++;
      }
    }
    return count;
  }
}
