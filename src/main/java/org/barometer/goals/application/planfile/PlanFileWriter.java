package org.barometer.goals.application.planfile;

import static org.barometer.goals.application.planfile.Sources.lower;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.goals.domain.Baseline;
import org.barometer.goals.domain.ComparisonSource;
import org.barometer.goals.domain.Direction;
import org.barometer.goals.domain.Goal;
import org.barometer.goals.domain.Indicator;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.Schedule;
import org.barometer.goals.domain.Target;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Writes a plan as a file {@link PlanFileReader} reads back to the same plan: YAML for people to
 * review like a document, JSON for programs. Defaults are left out (direction higher is better,
 * tolerance 0), so an exported plan looks like one written by hand.
 */
public final class PlanFileWriter {

  /** YAML, block style, keys in the documented order. */
  public String yaml(Plan plan) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setIndent(2);
    options.setIndicatorIndent(2);
    options.setIndentWithIndicator(true);
    options.setSplitLines(false);
    options.setAllowUnicode(true);
    return new Yaml(options).dump(tree(plan));
  }

  /** JSON, indented by two spaces. */
  public String json(Plan plan) {
    StringBuilder out = new StringBuilder();
    Json.write(tree(plan), out, 0);
    return out.append('\n').toString();
  }

  /** The plan as maps, lists, strings and numbers. */
  Map<String, Object> tree(Plan plan) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("format", PlanFileReader.FORMAT);
    m.put("id", plan.id());
    Map<String, Object> municipality = new LinkedHashMap<>();
    municipality.put("code", plan.municipality().code());
    municipality.put("name", plan.municipality().name());
    municipality.put("country", plan.municipality().country().name());
    m.put("municipality", municipality);
    m.put("title", plan.title());
    m.put("period", plan.period().text());
    m.put("goals", plan.goals().stream().map(this::goal).toList());
    return m;
  }

  private Map<String, Object> goal(Goal g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", g.id());
    m.put("title", g.title());
    if (!g.description().isEmpty()) {
      m.put("description", g.description());
    }
    if (!g.measures().isEmpty()) {
      m.put("measures", g.measures());
    }
    if (!g.indicators().isEmpty()) {
      m.put("indicators", g.indicators().stream().map(this::indicator).toList());
    }
    if (!g.subGoals().isEmpty()) {
      m.put("goals", g.subGoals().stream().map(this::goal).toList());
    }
    return m;
  }

  private Map<String, Object> indicator(Indicator i) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", i.id());
    m.put("name", i.name());
    if (!i.unit().isEmpty()) {
      m.put("unit", i.unit());
    }
    if (i.direction() != Direction.HIGHER_IS_BETTER) {
      m.put("direction", lower(i.direction()));
    }
    m.put("source", source(i.source()));
    i.baseline().ifPresent(b -> m.put("baseline", baseline(b)));
    m.put("target", target(i.target()));
    i.due().ifPresent(d -> m.put("due", d));
    if (!(i.schedule() instanceof Schedule.Unscheduled)) {
      m.put("publishes", schedule(i.schedule()));
    }
    return m;
  }

  private static Map<String, Object> baseline(Baseline b) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("period", b.period().code());
    b.value().ifPresent(v -> m.put("value", number(v)));
    return m;
  }

  private static Map<String, Object> source(IndicatorSource s) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (s instanceof IndicatorSource.SurveyItem survey) {
      m.put("type", "survey");
      m.put("survey", survey.survey());
      m.put(
          survey.kind() == IndicatorSource.SurveyItem.Item.INDEX ? "index" : "question",
          survey.item());
    } else if (s instanceof IndicatorSource.OfficialSeries series) {
      m.put("type", "series");
      m.putAll(series(series));
    } else if (s instanceof IndicatorSource.DerivedFigure derived) {
      m.put("type", "derived");
      m.put("formula", lower(derived.formula()));
      m.put("inputs", derived.inputs().stream().map(PlanFileWriter::series).toList());
    } else if (s instanceof IndicatorSource.PublishedRanking r) {
      m.put("type", "ranking");
      m.put("publisher", r.publisher());
      m.put("ranking", r.ranking());
      r.category().ifPresent(c -> m.put("category", c));
      r.within().ifPresent(w -> m.put("within", w));
    } else if (s instanceof IndicatorSource.DialogueCount d) {
      m.put("type", "dialogue");
      m.put("measure", lower(d.measure()));
      d.forum().ifPresent(f -> m.put("forum", f));
    }
    return m;
  }

  private static Map<String, Object> series(IndicatorSource.OfficialSeries s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("office", s.office());
    s.table().ifPresent(t -> m.put("table", t));
    m.put("measure", s.measure());
    m.put("region", s.region());
    return m;
  }

  private static Map<String, Object> target(Target t) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (t instanceof Target.Threshold x) {
      m.put("rule", "threshold");
      m.put("value", number(x.value()));
    } else if (t instanceof Target.GrowthPerYear g) {
      m.put("rule", "growth_per_year");
      m.put("percent", number(g.percentPerYear()));
    } else if (t instanceof Target.ImproveEveryPeriod) {
      m.put("rule", "improve_every_period");
    } else if (t instanceof Target.StableOrImprove s) {
      m.put("rule", "stable_or_improve");
      if (s.tolerance() != 0) {
        m.put("tolerance", number(s.tolerance()));
      }
    } else if (t instanceof Target.Outperform o) {
      m.put("rule", "outperform");
      m.put("basis", lower(o.basis()));
      m.put("against", against(o.against()));
    } else if (t instanceof Target.Rank r) {
      m.put("rule", "rank");
      r.top().ifPresent(n -> m.put("top", n));
      if (r.betterThanBaseline()) {
        m.put("betterThanBaseline", true);
      }
    } else if (t instanceof Target.NotYetSet n) {
      m.put("rule", "not_yet_set");
      if (!n.note().isEmpty()) {
        m.put("note", n.note());
      }
    }
    return m;
  }

  private static Map<String, Object> against(ComparisonSource c) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (c instanceof ComparisonSource.GroupMean g) {
      m.put("type", "group_mean");
      m.put("group", g.group());
      m.put("name", g.name());
      m.put("members", g.members());
    } else if (c instanceof ComparisonSource.OtherSeries o) {
      m.put("type", "other_series");
      m.put("key", o.key());
      m.put("series", series(o.series()));
    } else if (c instanceof ComparisonSource.EachOf e) {
      m.put("type", "each_of");
      m.put("name", e.name());
      m.put("regions", e.regions());
    }
    return m;
  }

  private static Object schedule(Schedule s) {
    if (s instanceof Schedule.Kostra) {
      return "kostra";
    }
    Map<String, Object> m = new LinkedHashMap<>();
    if (s instanceof Schedule.Annual a) {
      m.put("calendar", "annual");
      m.put("day", monthDay(a.day()));
      m.put("lag", a.lagYears());
    } else if (s instanceof Schedule.SurveyCycles c) {
      m.put("calendar", "survey");
      m.put("years", new ArrayList<>(c.years()));
      m.put("closes", monthDay(c.closes()));
    }
    return m;
  }

  private static String monthDay(java.time.MonthDay d) {
    return String.format(java.util.Locale.ROOT, "%02d-%02d", d.getMonthValue(), d.getDayOfMonth());
  }

  /**
   * Whole numbers without ".0", so a plan's 90 is written 90; others with at most ten decimals and
   * never in exponent form, which is what {@link PlanFileReader} accepts (plans are typed by
   * people, so more decimals than that only come from a computation).
   */
  static Object number(double v) {
    if (v == Math.rint(v) && Math.abs(v) < 1e15) {
      return (long) v;
    }
    return BigDecimal.valueOf(v).setScale(10, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  /** A minimal JSON writer for the tree: maps, lists, strings, numbers and booleans. */
  static final class Json {
    private Json() {}

    static void write(Object value, StringBuilder out, int indent) {
      if (value instanceof Map<?, ?> map) {
        out.append('{');
        int i = 0;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          out.append(i++ == 0 ? "\n" : ",\n").append("  ".repeat(indent + 1));
          string(e.getKey().toString(), out);
          out.append(": ");
          write(e.getValue(), out, indent + 1);
        }
        out.append('\n').append("  ".repeat(indent)).append('}');
      } else if (value instanceof List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          out.append(i == 0 ? "\n" : ",\n").append("  ".repeat(indent + 1));
          write(list.get(i), out, indent + 1);
        }
        out.append(list.isEmpty() ? "" : "\n" + "  ".repeat(indent)).append(']');
      } else if (value instanceof String s) {
        string(s, out);
      } else if (value instanceof BigDecimal d) {
        out.append(d.toPlainString());
      } else if (value instanceof Optional<?> o) {
        write(o.orElse(null), out, indent);
      } else {
        out.append(value);
      }
    }

    private static void string(String s, StringBuilder out) {
      out.append('"');
      for (char c : s.toCharArray()) {
        switch (c) {
          case '"' -> out.append("\\\"");
          case '\\' -> out.append("\\\\");
          case '\n' -> out.append("\\n");
          case '\r' -> out.append("\\r");
          case '\t' -> out.append("\\t");
          default -> {
            if (c < 0x20) {
              out.append(String.format("\\u%04x", (int) c));
            } else {
              out.append(c);
            }
          }
        }
      }
      out.append('"');
    }
  }
}
