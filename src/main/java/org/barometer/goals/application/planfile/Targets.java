package org.barometer.goals.application.planfile;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.barometer.goals.domain.ComparisonSource;
import org.barometer.goals.domain.Target;
import org.barometer.platform.yaml.YamlCursor;
import org.barometer.platform.yaml.YamlMapping;

/** Reads an indicator's {@code target:} (see {@code docs/plan-files.md}). */
final class Targets {

  /** The rules as written in a plan file, in the brief's order. */
  enum Rule {
    THRESHOLD,
    GROWTH_PER_YEAR,
    IMPROVE_EVERY_PERIOD,
    STABLE_OR_IMPROVE,
    OUTPERFORM,
    RANK,
    NOT_YET_SET
  }

  private Targets() {}

  static Target target(YamlCursor<PlanFileException> at) throws PlanFileException {
    Rule rule = at.anyMapping().require("rule").choice(Rule.class);
    return switch (rule) {
      case THRESHOLD ->
          new Target.Threshold(at.mapping("rule", "value").require("value").decimal());
      case GROWTH_PER_YEAR -> {
        YamlCursor<PlanFileException> p = at.mapping("rule", "percent").require("percent");
        yield PlanFileReader.guarded(p, () -> new Target.GrowthPerYear(p.decimal()));
      }
      case IMPROVE_EVERY_PERIOD -> {
        at.mapping("rule");
        yield new Target.ImproveEveryPeriod();
      }
      case STABLE_OR_IMPROVE -> {
        YamlMapping<PlanFileException> m = at.mapping("rule", "tolerance");
        double tolerance = m.has("tolerance") ? m.require("tolerance").decimal() : 0;
        yield PlanFileReader.guarded(at, () -> new Target.StableOrImprove(tolerance));
      }
      case OUTPERFORM -> {
        YamlMapping<PlanFileException> m = at.mapping("rule", "basis", "against");
        Target.Outperform.Basis basis = m.require("basis").choice(Target.Outperform.Basis.class);
        yield new Target.Outperform(against(m.require("against")), basis);
      }
      case RANK -> {
        YamlMapping<PlanFileException> m = at.mapping("rule", "top", "betterThanBaseline");
        OptionalInt top =
            m.has("top")
                ? OptionalInt.of(m.require("top").integer(1, 10_000))
                : OptionalInt.empty();
        boolean better = m.has("betterThanBaseline") && m.require("betterThanBaseline").bool();
        yield PlanFileReader.guarded(at, () -> new Target.Rank(top, better));
      }
      case NOT_YET_SET -> {
        YamlMapping<PlanFileException> m = at.mapping("rule", "note");
        yield new Target.NotYetSet(m.has("note") ? m.require("note").scalar() : "");
      }
    };
  }

  private static ComparisonSource against(YamlCursor<PlanFileException> at)
      throws PlanFileException {
    YamlCursor<PlanFileException> typeAt = at.anyMapping().require("type");
    String type = typeAt.scalar();
    return switch (type) {
      case "group_mean" -> {
        YamlMapping<PlanFileException> m = at.mapping("type", "group", "name", "members");
        List<String> members = strings(m.require("members"));
        yield PlanFileReader.guarded(
            at,
            () ->
                new ComparisonSource.GroupMean(
                    m.require("group").scalar(), m.require("name").scalar(), members));
      }
      case "other_series" -> {
        YamlMapping<PlanFileException> m = at.mapping("type", "key", "series");
        yield new ComparisonSource.OtherSeries(
            m.require("key").scalar(), Sources.series(m.require("series"), false));
      }
      case "each_of" -> {
        YamlMapping<PlanFileException> m = at.mapping("type", "name", "regions");
        List<String> regions = strings(m.require("regions"));
        yield PlanFileReader.guarded(
            at, () -> new ComparisonSource.EachOf(m.require("name").scalar(), regions));
      }
      default ->
          throw typeAt.fail(
              "must be one of group_mean, other_series, each_of, was " + YamlCursor.quote(type));
    };
  }

  private static List<String> strings(YamlCursor<PlanFileException> at) throws PlanFileException {
    List<String> out = new ArrayList<>();
    for (YamlCursor<PlanFileException> s : at.list(true)) {
      out.add(s.scalar());
    }
    return out;
  }
}
