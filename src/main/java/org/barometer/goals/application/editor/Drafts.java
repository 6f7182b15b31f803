package org.barometer.goals.application.editor;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.barometer.goals.domain.ComparisonSource;
import org.barometer.goals.domain.Goal;
import org.barometer.goals.domain.Indicator;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.Schedule;
import org.barometer.goals.domain.Target;

/**
 * A plan turned into a draft to edit: every field as the editor shows it, so that a plan read from
 * a file, opened in the editor and saved untouched is the same plan ({@link DraftBuilder} is the
 * way back).
 */
public final class Drafts {

  private Drafts() {}

  /** A draft of a stored plan. */
  public static PlanDraft of(Plan plan) {
    PlanDraft d = new PlanDraft();
    d.setId(plan.id());
    d.setTitle(plan.title());
    d.setPeriod(plan.period().text());
    d.setMunicipalityCode(plan.municipality().code());
    d.setMunicipalityName(plan.municipality().name());
    d.setCountry(plan.municipality().country().name());
    plan.goals().forEach(g -> d.getGoals().add(goal(g)));
    return d;
  }

  private static GoalDraft goal(Goal g) {
    GoalDraft d = new GoalDraft();
    d.setId(g.id());
    d.setTitle(g.title());
    d.setDescription(g.description());
    d.getMeasures().addAll(g.measures());
    g.indicators().forEach(i -> d.getIndicators().add(indicator(i)));
    g.subGoals().forEach(s -> d.getGoals().add(goal(s)));
    return d;
  }

  private static IndicatorDraft indicator(Indicator i) {
    IndicatorDraft d = new IndicatorDraft();
    d.setId(i.id());
    d.setName(i.name());
    d.setUnit(i.unit());
    d.setDirection(i.direction().name());
    i.baseline()
        .ifPresent(
            b -> {
              d.setBaselinePeriod(b.period().code());
              b.value().ifPresent(v -> d.setBaselineValue(number(v)));
            });
    i.due().ifPresent(y -> d.setDue(Integer.toString(y)));
    source(i.source(), d.getSource());
    target(i.target(), d.getTarget());
    schedule(i.schedule(), d.getSchedule());
    return d;
  }

  private static void source(IndicatorSource s, SourceDraft d) {
    if (s instanceof IndicatorSource.SurveyItem survey) {
      d.setKind(SourceDraft.Kind.SURVEY);
      d.setSurvey(survey.survey());
      d.setItem(item(survey.kind(), survey.item()));
    } else if (s instanceof IndicatorSource.OfficialSeries series) {
      d.setKind(SourceDraft.Kind.SERIES);
      series(series, d.getSeries());
    } else if (s instanceof IndicatorSource.DerivedFigure derived) {
      d.setKind(SourceDraft.Kind.DERIVED);
      d.setFormula(derived.formula().name());
      for (int n = 0; n < derived.inputs().size(); n++) {
        series(derived.inputs().get(n), d.getInputs().get(n));
      }
    } else if (s instanceof IndicatorSource.PublishedRanking r) {
      d.setKind(SourceDraft.Kind.RANKING);
      d.setPublisher(r.publisher());
      d.setRanking(r.ranking());
      d.setCategory(r.category().orElse(""));
      d.setWithin(r.within().orElse(""));
    } else if (s instanceof IndicatorSource.DialogueCount c) {
      d.setKind(SourceDraft.Kind.DIALOGUE);
      d.setDialogueMeasure(c.measure().name());
      d.setForum(c.forum().orElse(""));
    }
  }

  static void series(IndicatorSource.OfficialSeries s, SeriesDraft d) {
    d.setOffice(s.office());
    d.setTable(s.table().orElse(""));
    d.setMeasure(s.measure());
    d.setRegion(s.region());
  }

  private static void target(Target t, TargetDraft d) {
    if (t instanceof Target.Threshold x) {
      d.setRule("THRESHOLD");
      d.setValue(number(x.value()));
    } else if (t instanceof Target.GrowthPerYear g) {
      d.setRule("GROWTH_PER_YEAR");
      d.setValue(number(g.percentPerYear()));
    } else if (t instanceof Target.ImproveEveryPeriod) {
      d.setRule("IMPROVE_EVERY_PERIOD");
    } else if (t instanceof Target.StableOrImprove s) {
      d.setRule("STABLE_OR_IMPROVE");
      d.setValue(s.tolerance() == 0 ? "" : number(s.tolerance()));
    } else if (t instanceof Target.Outperform o) {
      d.setRule("OUTPERFORM");
      d.setBasis(o.basis().name());
      against(o.against(), d);
    } else if (t instanceof Target.Rank r) {
      d.setRule("RANK");
      r.top().ifPresent(n -> d.setTop(Integer.toString(n)));
      d.setBetterThanBaseline(r.betterThanBaseline());
    } else if (t instanceof Target.NotYetSet n) {
      d.setRule("NOT_YET_SET");
      d.setNote(n.note());
    }
  }

  private static void against(ComparisonSource c, TargetDraft d) {
    if (c instanceof ComparisonSource.GroupMean g) {
      d.setAgainst("group_mean");
      d.setAgainstCode(g.group());
      d.setAgainstName(g.name());
      d.setAgainstRegions(String.join(", ", g.members()));
    } else if (c instanceof ComparisonSource.EachOf e) {
      d.setAgainst("each_of");
      d.setAgainstName(e.name());
      d.setAgainstRegions(String.join(", ", e.regions()));
    } else if (c instanceof ComparisonSource.OtherSeries o) {
      d.setAgainst("other_series");
      d.setAgainstCode(o.key());
      series(o.series(), d.getAgainstSeries());
    }
  }

  private static void schedule(Schedule s, ScheduleDraft d) {
    if (s instanceof Schedule.Kostra) {
      d.setCalendar("KOSTRA");
    } else if (s instanceof Schedule.Annual a) {
      d.setCalendar("ANNUAL");
      d.setDay(monthDay(a.day()));
      d.setLag(Integer.toString(a.lagYears()));
    } else if (s instanceof Schedule.SurveyCycles c) {
      d.setCalendar("SURVEY");
      d.setYears(c.years().stream().map(String::valueOf).collect(Collectors.joining(", ")));
      d.setCloses(monthDay(c.closes()));
    } else {
      d.setCalendar("UNSCHEDULED");
    }
  }

  /** A survey item as a picker's value: {@code index:code} or {@code question:code}. */
  public static String item(IndicatorSource.SurveyItem.Item kind, String code) {
    return kind.name().toLowerCase(Locale.ROOT) + ":" + code;
  }

  /** How many inputs a formula takes; 0 for no or an unknown formula. */
  static int inputsOf(String formula) {
    for (IndicatorSource.DerivedFigure.Formula f : IndicatorSource.DerivedFigure.Formula.values()) {
      if (f.name().equals(formula)) {
        return f.inputs();
      }
    }
    return 0;
  }

  /** A field's text stripped; never null. */
  static String text(String s) {
    return s == null ? "" : s.strip();
  }

  /** Comma-separated words, each stripped, empty ones left out. */
  static List<String> words(String s) {
    return java.util.Arrays.stream(text(s).split(","))
        .map(String::strip)
        .filter(w -> !w.isEmpty())
        .toList();
  }

  private static String number(double v) {
    return v == Math.rint(v) && Math.abs(v) < 1e15
        ? Long.toString((long) v)
        : java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }

  private static String monthDay(java.time.MonthDay d) {
    return String.format(Locale.ROOT, "%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
  }
}
