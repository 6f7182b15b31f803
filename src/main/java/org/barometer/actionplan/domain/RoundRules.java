package org.barometer.actionplan.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who a status round asks and what counts as an answer in it. A round asks about every activity
 * that has an owner and is not over (its latest status neither done nor cancelled), and asks each
 * owner once, however many activities they answer for: an owner is an e-mail address.
 */
public final class RoundRules {

  private RoundRules() {}

  /** Whether a round opened now asks about the activity. */
  public static boolean asksAbout(Activity activity) {
    return activity.owner().isPresent()
        && activity.latestReport().map(r -> !r.status().isFinal()).orElse(true);
  }

  /**
   * The owners a round opened now asks, by address, in the order of their first activity; each with
   * the name and unit of that first activity.
   */
  public static Map<String, Owner> owners(List<Activity> activities) {
    Map<String, Owner> owners = new LinkedHashMap<>();
    for (Activity a : activities) {
      if (asksAbout(a)) {
        Owner owner = a.owner().orElseThrow();
        owners.putIfAbsent(owner.email(), owner);
      }
    }
    return owners;
  }

  /**
   * An owner's activities in the round, from those the owner answers for in its action plan: the
   * ones still asked about, and those already answered in this round (an activity reported done in
   * the round stays on the owner's page and the round's).
   */
  public static List<Activity> inRound(List<Activity> ownedBy, StatusRound round) {
    return ownedBy.stream().filter(a -> asksAbout(a) || reportIn(a, round).isPresent()).toList();
  }

  /** The latest report given for the activity in this round; empty while it has none. */
  public static Optional<StatusReport> reportIn(Activity activity, StatusRound round) {
    List<StatusReport> reports = activity.reports();
    for (int i = reports.size() - 1; i >= 0; i--) {
      StatusReport r = reports.get(i);
      if (r.round().filter(given -> same(given, round)).isPresent()) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }

  private static boolean same(StatusRound a, StatusRound b) {
    return a == b || (a.id() != null && a.id().equals(b.id()));
  }
}
