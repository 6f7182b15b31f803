package org.barometer.goals.application.editor;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.barometer.goals.domain.Baseline;
import org.barometer.goals.domain.Direction;
import org.barometer.goals.domain.Goal;
import org.barometer.goals.domain.Indicator;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.goals.domain.Municipality;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.PlanPeriod;
import org.barometer.goals.domain.Schedule;
import org.barometer.goals.domain.Target;
import org.barometer.shared.Country;
import org.barometer.shared.Period;

/**
 * Makes a plan of a draft, by the rules a plan file is read by: ids of lower-case letters, digits
 * and -, each used once among the goals and indicators; numbers where numbers belong; the domain's
 * own checks (growth needs a baseline, a rank target needs a top N or "better than the baseline").
 * Every wrong field is named, not only the first ({@link Drafted#problems}).
 */
public final class DraftBuilder {

  private final DraftFields fields = new DraftFields();
  private final DraftSources sources = new DraftSources(fields);
  private final Set<String> ids = new HashSet<>();
  private int standIns;

  private DraftBuilder() {}

  public static Drafted build(PlanDraft draft) {
    return new DraftBuilder().plan(draft);
  }

  private Drafted plan(PlanDraft d) {
    fields.at(d);
    Optional<String> id = fields.id("id", d.getId());
    Optional<String> title = fields.required("title", d.getTitle());
    Optional<Municipality> municipality = municipality(d);
    Optional<PlanPeriod> period =
        fields
            .required("period", d.getPeriod())
            .flatMap(p -> fields.guarded("period", () -> PlanPeriod.parse(p)));
    if (d.getGoals().isEmpty()) {
      fields.problem("goals", "goals.editor.problem.noGoal");
    }
    List<Goal> goals = new ArrayList<>();
    for (GoalDraft g : d.getGoals()) {
      goals.add(goal(g));
    }
    if (municipality.isEmpty() || period.isEmpty()) {
      return new Drafted(Optional.empty(), Optional.empty(), fields.problems());
    }
    Plan scorable =
        new Plan(id.orElse("draft"), municipality.get(), title.orElse("…"), period.get(), goals);
    return new Drafted(
        fields.problems().isEmpty() ? Optional.of(scorable) : Optional.empty(),
        Optional.of(scorable),
        fields.problems());
  }

  private Optional<Municipality> municipality(PlanDraft d) {
    Optional<String> code = fields.required("municipalityCode", d.getMunicipalityCode());
    Optional<String> name = fields.required("municipalityName", d.getMunicipalityName());
    Optional<Country> country =
        fields.choice("country", Country.class, d.getCountry().toUpperCase(Locale.ROOT));
    if (code.isEmpty() || name.isEmpty() || country.isEmpty()) {
      return Optional.empty();
    }
    return fields.guarded(
        "municipalityCode", () -> new Municipality(code.get(), name.get(), country.get()));
  }

  /** The goal; with a stand-in id or title when its own are wrong, for the scorable plan. */
  private Goal goal(GoalDraft d) {
    fields.at(d);
    Optional<String> id = unique(fields.id("id", d.getId()));
    Optional<String> title = fields.required("title", d.getTitle());
    List<Indicator> indicators = new ArrayList<>();
    for (IndicatorDraft i : d.getIndicators()) {
      indicator(i).ifPresent(indicators::add);
    }
    List<Goal> subGoals = new ArrayList<>();
    for (GoalDraft s : d.getGoals()) {
      subGoals.add(goal(s));
    }
    return new Goal(
        id.orElseGet(() -> "draft-goal-" + ++standIns),
        title.orElse("…"),
        d.getDescription(),
        indicators,
        subGoals,
        d.getMeasures());
  }

  /** The indicator, or empty when any of its fields is wrong. */
  private Optional<Indicator> indicator(IndicatorDraft d) {
    fields.at(d);
    int before = fields.count();
    Optional<String> id = unique(fields.id("id", d.getId()));
    Optional<String> name = fields.required("name", d.getName());
    Optional<Direction> direction = fields.choice("direction", Direction.class, d.getDirection());
    Optional<IndicatorSource> source = sources.source(d.getSource());
    Optional<Baseline> baseline = baseline(d);
    Optional<Target> target = sources.target(d.getTarget());
    OptionalInt due = fields.whole("due", d.getDue(), 1900, 2200, false);
    Optional<Schedule> schedule = schedule(d.getSchedule());
    if (fields.count() > before) {
      return Optional.empty();
    }
    return fields.guarded(
        "target.rule",
        () ->
            new Indicator(
                id.get(),
                name.get(),
                source.get(),
                direction.get(),
                d.getUnit(),
                baseline,
                target.get(),
                due,
                schedule.get()));
  }

  private Optional<Baseline> baseline(IndicatorDraft d) {
    if (d.getBaselinePeriod().isEmpty()) {
      if (!d.getBaselineValue().isEmpty()) {
        fields.problem("baselinePeriod", "goals.editor.problem.required");
      }
      return Optional.empty();
    }
    Optional<Period> period =
        fields.guarded("baselinePeriod", () -> Period.parse(d.getBaselinePeriod()));
    OptionalDouble value = fields.decimal("baselineValue", d.getBaselineValue(), false);
    return period.map(p -> new Baseline(p, value));
  }

  private Optional<Schedule> schedule(ScheduleDraft d) {
    switch (d.getCalendar()) {
      case "UNSCHEDULED" -> {
        return Optional.of(new Schedule.Unscheduled());
      }
      case "KOSTRA" -> {
        return Optional.of(new Schedule.Kostra());
      }
      case "ANNUAL" -> {
        Optional<MonthDay> day = fields.monthDay("schedule.day", d.getDay());
        OptionalInt lag = fields.whole("schedule.lag", d.getLag(), 0, 5, true);
        return day.isEmpty() || lag.isEmpty()
            ? Optional.empty()
            : Optional.of(new Schedule.Annual(day.get(), lag.getAsInt()));
      }
      case "SURVEY" -> {
        List<Integer> years = new ArrayList<>();
        int before = fields.count();
        for (String y : Drafts.words(d.getYears())) {
          fields.whole("schedule.years", y, 1900, 2200, true).ifPresent(years::add);
        }
        Optional<MonthDay> closes = fields.monthDay("schedule.closes", d.getCloses());
        return fields.count() > before
            ? Optional.empty()
            : fields.guarded(
                "schedule.years", () -> new Schedule.SurveyCycles(years, closes.get()));
      }
      default -> {
        fields.problem("schedule.calendar", "goals.editor.problem.choose");
        return Optional.empty();
      }
    }
  }

  /** The id, or empty (and a problem) when a goal or indicator before it has it. */
  private Optional<String> unique(Optional<String> id) {
    if (id.isPresent() && !ids.add(id.get())) {
      fields.problem("id", "goals.editor.problem.duplicate", id.get());
      return Optional.empty();
    }
    return id;
  }
}
