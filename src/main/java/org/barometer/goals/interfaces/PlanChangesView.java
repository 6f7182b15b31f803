package org.barometer.goals.interfaces;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.barometer.goals.application.VersionChanges;
import org.barometer.goals.domain.Baseline;
import org.barometer.goals.domain.Goal;
import org.barometer.goals.domain.Indicator;
import org.barometer.goals.domain.PlanChanges;
import org.barometer.goals.domain.PlanChanges.GoalChange;
import org.barometer.goals.domain.PlanChanges.IndicatorChange;
import org.barometer.goals.domain.PlanChanges.Kind;

/**
 * What changed between two versions of a plan, as the API sends it and the plan's page shows it:
 * each goal and indicator added, removed or changed, with what it was and is where that is a title,
 * a name, a goal, a target or a baseline.
 *
 * @param plan the parts of the plan itself that changed: TITLE, PERIOD, MUNICIPALITY
 * @param title the plan's title in {@code to}
 * @param titleBefore its title in {@code from}, when it changed
 */
public record PlanChangesView(
    String planId,
    VersionRef from,
    VersionRef to,
    List<String> plan,
    String title,
    String titleBefore,
    List<GoalChangeView> goals,
    List<IndicatorChangeView> indicators) {

  /**
   * A goal added, removed or changed.
   *
   * @param change ADDED, REMOVED or CHANGED
   * @param title its title (as it was, when removed)
   * @param titleBefore its earlier title, when changed
   * @param parts what changed: TITLE, DESCRIPTION, PARENT (moved), MEASURES
   */
  public record GoalChangeView(
      String change, String id, String title, String titleBefore, List<String> parts) {}

  /**
   * An indicator added, removed or changed.
   *
   * @param change ADDED, REMOVED or CHANGED
   * @param name its name (as it was, when removed)
   * @param nameBefore its earlier name, when changed
   * @param goal the id of the goal it is under (was under, when removed)
   * @param goalBefore the goal it was under, when it moved
   * @param parts what changed: NAME, GOAL, SOURCE, DIRECTION, UNIT, BASELINE, TARGET, DUE, SCHEDULE
   * @param target the target in words (as it was, when removed), with its due year if it has one
   * @param targetBefore the earlier target in words, when the target or its due year changed
   * @param baseline the baseline ("2022", or "2022: 61.5" with a value decided), or null for none
   * @param baselineBefore the earlier baseline, when it changed ("" for none)
   */
  public record IndicatorChangeView(
      String change,
      String id,
      String name,
      String nameBefore,
      String goal,
      String goalBefore,
      List<String> parts,
      String target,
      String targetBefore,
      String baseline,
      String baselineBefore) {}

  /** The changes with targets in words in a language: nb, sv, or English for anything else. */
  public static PlanChangesView of(String planId, VersionChanges changes, Locale locale) {
    PlanChanges c = changes.changes();
    boolean titleChanged = c.plan().contains(PlanChanges.PlanPart.TITLE);
    return new PlanChangesView(
        planId,
        VersionRef.of(changes.from()),
        VersionRef.of(changes.to()),
        names(c.plan()),
        changes.after().title(),
        titleChanged ? changes.before().title() : null,
        c.goals().stream().map(PlanChangesView::goal).toList(),
        c.indicators().stream().map(i -> indicator(i, locale)).toList());
  }

  private static GoalChangeView goal(GoalChange g) {
    Goal now = g.goal();
    return new GoalChangeView(
        g.kind().name(),
        g.id(),
        now.title(),
        g.parts().contains(PlanChanges.GoalPart.TITLE) ? g.before().orElseThrow().title() : null,
        names(g.parts()));
  }

  private static IndicatorChangeView indicator(IndicatorChange i, Locale locale) {
    Indicator now = i.indicator();
    boolean changed = i.kind() == Kind.CHANGED;
    boolean targetChanged =
        changed
            && (i.parts().contains(PlanChanges.IndicatorPart.TARGET)
                || i.parts().contains(PlanChanges.IndicatorPart.DUE));
    boolean baselineChanged = changed && i.parts().contains(PlanChanges.IndicatorPart.BASELINE);
    return new IndicatorChangeView(
        i.kind().name(),
        i.id(),
        now.name(),
        changed && i.parts().contains(PlanChanges.IndicatorPart.NAME)
            ? i.before().orElseThrow().name()
            : null,
        i.goalAfter().or(i::goalBefore).orElse(null),
        changed && i.parts().contains(PlanChanges.IndicatorPart.GOAL)
            ? i.goalBefore().orElse(null)
            : null,
        names(i.parts()),
        target(now, locale),
        targetChanged ? target(i.before().orElseThrow(), locale) : null,
        now.baseline().map(PlanChangesView::baseline).orElse(null),
        baselineChanged
            ? i.before().orElseThrow().baseline().map(PlanChangesView::baseline).orElse("")
            : null);
  }

  /** "at least 40", and " (2026)" after it when the indicator has a due year of its own. */
  private static String target(Indicator indicator, Locale locale) {
    String words = indicator.targetWords().in(locale);
    return indicator.due().isPresent() ? words + " (" + indicator.due().getAsInt() + ")" : words;
  }

  private static String baseline(Baseline b) {
    return b.value().isPresent()
        ? b.period().code()
            + ": "
            + java.math.BigDecimal.valueOf(b.value().getAsDouble())
                .stripTrailingZeros()
                .toPlainString()
        : b.period().code();
  }

  private static List<String> names(Set<? extends Enum<?>> parts) {
    return parts.stream().map(Enum::name).toList();
  }
}
