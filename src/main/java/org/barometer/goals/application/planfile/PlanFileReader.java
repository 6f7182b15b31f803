package org.barometer.goals.application.planfile;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.barometer.goals.domain.Baseline;
import org.barometer.goals.domain.Direction;
import org.barometer.goals.domain.Goal;
import org.barometer.goals.domain.Indicator;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.goals.domain.Municipality;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.PlanPeriod;
import org.barometer.goals.domain.Schedule;
import org.barometer.platform.yaml.YamlCursor;
import org.barometer.platform.yaml.YamlDocuments;
import org.barometer.platform.yaml.YamlMapping;
import org.barometer.shared.Country;
import org.barometer.shared.Period;

/**
 * Reads a plan file, YAML or JSON, refusing a bad one with the file, line, column and path of the
 * first problem. A municipality writes its plan once and reviews it like a document; a typo must
 * stop the file loudly rather than silently drop a goal. The format is in {@code
 * docs/plan-files.md}; {@link PlanFileWriter} writes what this reads.
 *
 * <p>JSON is read by the same YAML parser (a JSON document is YAML's flow style), so both formats
 * give the same messages.
 */
public final class PlanFileReader {

  /** The format tag a file may carry in {@code format:}; a later version gets a new tag. */
  public static final String FORMAT = "barometer-plan/1";

  /** Largest plan file accepted, in characters. */
  public static final int MAX_CHARS = 2_000_000;

  /** A plan's, goal's or indicator's id: what the browser's editor checks too. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,79}");

  static final String ID_RULE =
      "must be an id of lower-case letters, digits and - (such as jobs-growth)";

  private static final YamlCursor.Failure<PlanFileException> FAILURE = PlanFileException::new;

  /**
   * @param fileName shown in error messages
   * @throws PlanFileException for the first problem found
   */
  public Plan read(String fileName, String text) throws PlanFileException {
    YamlCursor<PlanFileException> root = YamlDocuments.compose(fileName, text, MAX_CHARS, FAILURE);
    YamlMapping<PlanFileException> map =
        root.mapping("format", "id", "municipality", "title", "period", "goals");
    if (map.has("format") && !map.require("format").scalar().equals(FORMAT)) {
      throw map.require("format")
          .fail(
              "this reader reads "
                  + FORMAT
                  + ", was "
                  + YamlCursor.quote(map.require("format").scalar()));
    }
    String id = map.require("id").code(ID, ID_RULE);
    Municipality municipality = municipality(map.require("municipality"));
    String title = map.require("title").scalar();
    YamlCursor<PlanFileException> periodAt = map.require("period");
    PlanPeriod period = guarded(periodAt, () -> PlanPeriod.parse(periodAt.scalar()));
    Map<String, Integer> ids = new HashMap<>();
    List<Goal> goals = new ArrayList<>();
    for (YamlCursor<PlanFileException> goalAt : map.require("goals").list(true)) {
      goals.add(goal(goalAt, ids));
    }
    return guarded(root, () -> new Plan(id, municipality, title, period, goals));
  }

  /**
   * Reads a plan file from disk: strict UTF-8 (a byte-order mark is allowed), at most {@link
   * #MAX_CHARS} characters.
   *
   * @throws PlanFileException for an unreadable file or the first problem in it
   */
  public Plan read(Path file) throws PlanFileException {
    String name = file.getFileName().toString();
    try {
      if (Files.size(file) > 4L * MAX_CHARS) {
        throw new PlanFileException(
            name, 0, 0, "", "the file is larger than " + MAX_CHARS + " characters");
      }
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
              .toString();
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return read(name, text);
    } catch (CharacterCodingException e) {
      throw new PlanFileException(name, 0, 0, "", "the file is not valid UTF-8; save it as UTF-8");
    } catch (IOException e) {
      throw new PlanFileException(name, 0, 0, "", "cannot read the file: " + e.getMessage());
    }
  }

  private static Municipality municipality(YamlCursor<PlanFileException> at)
      throws PlanFileException {
    YamlMapping<PlanFileException> m = at.mapping("code", "name", "country");
    YamlCursor<PlanFileException> countryAt = m.require("country");
    String c = countryAt.scalar().toUpperCase(Locale.ROOT);
    Country country;
    try {
      country = Country.valueOf(c);
    } catch (IllegalArgumentException e) {
      throw countryAt.fail("must be NO or SE, was " + YamlCursor.quote(countryAt.scalar()));
    }
    String code = m.require("code").scalar();
    String name = m.require("name").scalar();
    return guarded(at, () -> new Municipality(code, name, country));
  }

  private static Goal goal(YamlCursor<PlanFileException> at, Map<String, Integer> ids)
      throws PlanFileException {
    YamlMapping<PlanFileException> m =
        at.mapping("id", "title", "description", "measures", "indicators", "goals");
    String id = uniqueId(m.require("id"), ids);
    String title = m.require("title").scalar();
    String description = m.has("description") ? m.require("description").scalar() : "";
    List<String> measures = new ArrayList<>();
    if (m.has("measures")) {
      for (YamlCursor<PlanFileException> measure : m.require("measures").list(false)) {
        measures.add(measure.scalar());
      }
    }
    List<Indicator> indicators = new ArrayList<>();
    if (m.has("indicators")) {
      for (YamlCursor<PlanFileException> i : m.require("indicators").list(false)) {
        indicators.add(indicator(i, ids));
      }
    }
    List<Goal> subGoals = new ArrayList<>();
    if (m.has("goals")) {
      for (YamlCursor<PlanFileException> g : m.require("goals").list(false)) {
        subGoals.add(goal(g, ids));
      }
    }
    return guarded(at, () -> new Goal(id, title, description, indicators, subGoals, measures));
  }

  private static Indicator indicator(YamlCursor<PlanFileException> at, Map<String, Integer> ids)
      throws PlanFileException {
    YamlMapping<PlanFileException> m =
        at.mapping(
            "id", "name", "unit", "direction", "source", "baseline", "target", "due", "publishes");
    String id = uniqueId(m.require("id"), ids);
    String name = m.require("name").scalar();
    String unit = m.has("unit") ? m.require("unit").scalar() : "";
    Direction direction =
        m.has("direction")
            ? m.require("direction").choice(Direction.class)
            : Direction.HIGHER_IS_BETTER;
    IndicatorSource source = Sources.source(m.require("source"));
    Optional<Baseline> baseline =
        m.has("baseline") ? Optional.of(baseline(m.require("baseline"))) : Optional.empty();
    var target = Targets.target(m.require("target"));
    OptionalInt due =
        m.has("due") ? OptionalInt.of(m.require("due").integer(1900, 2200)) : OptionalInt.empty();
    Schedule schedule =
        m.has("publishes") ? schedule(m.require("publishes")) : new Schedule.Unscheduled();
    return guarded(
        at,
        () -> new Indicator(id, name, source, direction, unit, baseline, target, due, schedule));
  }

  private static Baseline baseline(YamlCursor<PlanFileException> at) throws PlanFileException {
    YamlMapping<PlanFileException> m = at.mapping("period", "value");
    Period period = period(m.require("period"));
    OptionalDouble value =
        m.has("value") ? OptionalDouble.of(m.require("value").decimal()) : OptionalDouble.empty();
    return new Baseline(period, value);
  }

  static Period period(YamlCursor<PlanFileException> at) throws PlanFileException {
    String text = at.scalar();
    return guarded(at, () -> Period.parse(text));
  }

  private static Schedule schedule(YamlCursor<PlanFileException> at) throws PlanFileException {
    if (!at.isMapping()) {
      String s = at.scalar();
      return switch (s) {
        case "kostra" -> new Schedule.Kostra();
        case "unscheduled" -> new Schedule.Unscheduled();
        default ->
            throw at.fail(
                "must be kostra, unscheduled or a mapping with 'calendar', was "
                    + YamlCursor.quote(s));
      };
    }
    YamlMapping<PlanFileException> m = at.mapping("calendar", "day", "lag", "years", "closes");
    String calendar = m.require("calendar").scalar();
    return switch (calendar) {
      case "kostra" -> new Schedule.Kostra();
      case "unscheduled" -> new Schedule.Unscheduled();
      case "annual" ->
          new Schedule.Annual(
              monthDay(m.require("day")), m.has("lag") ? m.require("lag").integer(0, 5) : 1);
      case "survey" -> {
        List<Integer> years = new ArrayList<>();
        for (YamlCursor<PlanFileException> y : m.require("years").list(true)) {
          years.add(y.integer(1900, 2200));
        }
        YamlCursor<PlanFileException> yearsAt = m.require("years");
        MonthDay closes = monthDay(m.require("closes"));
        yield guarded(yearsAt, () -> new Schedule.SurveyCycles(years, closes));
      }
      default ->
          throw m.require("calendar")
              .fail(
                  "must be one of kostra, annual, survey, unscheduled, was "
                      + YamlCursor.quote(calendar));
    };
  }

  private static MonthDay monthDay(YamlCursor<PlanFileException> at) throws PlanFileException {
    String text = at.scalar();
    try {
      return MonthDay.parse("--" + text);
    } catch (DateTimeException e) {
      throw at.fail("must be a month and day such as 03-15, was " + YamlCursor.quote(text));
    }
  }

  private static String uniqueId(YamlCursor<PlanFileException> at, Map<String, Integer> ids)
      throws PlanFileException {
    String id = at.code(ID, ID_RULE);
    Integer first = ids.putIfAbsent(id, at.line());
    if (first != null) {
      throw at.fail("duplicate id '" + id + "' (first used at line " + first + ")");
    }
    return id;
  }

  /** A constructor's refusal, placed at the node it came from. */
  static <T> T guarded(YamlCursor<PlanFileException> at, Build<T> build) throws PlanFileException {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw at.fail(e.getMessage());
    }
  }

  /** Builds a value, possibly reading more of the file. */
  @FunctionalInterface
  interface Build<T> {
    T get() throws PlanFileException;
  }
}
