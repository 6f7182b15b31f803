package org.barometer.statistics.application.importer.px;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barometer.shared.Period;
import org.barometer.shared.Period.Kind;
import org.barometer.statistics.application.importer.Category;
import org.barometer.statistics.application.importer.px.PxScanner.Entry;

/**
 * Which variable is time, and the period codes of its values when the file's own codes are not
 * periods.
 *
 * <ul>
 *   <li>TIMEVAL marks the time variable. Its values ({@code TLIST(H1),"19711","19712"}, or a range
 *       {@code TLIST(A1),"2019"-"2022"}) give the periods in category order; they are used where a
 *       category's code is not a period itself, as in Statistics Greenland's PRXPRISH, whose VALUES
 *       are "1971 January", "1971 July" and whose TIMEVAL says 19711, 19712 in half-years.
 *   <li>Without TIMEVAL, a variable simply named time in a Nordic language or English (time, tid,
 *       år, aar, vuosi, aika, year) whose every code is a period is the time variable too, as in
 *       Statistics Greenland's BEXSTA ({@code VALUES("time")="2004","2014","2024"}).
 * </ul>
 */
final class PxTime {

  private static final Pattern TIME_NAME = Pattern.compile("(?iu)time|tid|år|aar|vuosi|aika|year");
  private static final Pattern TLIST = Pattern.compile("(?i)TLIST\\(\\s*([^,)\\s]+)\\s*(,.*)?\\)");

  /** Most periods a TIMEVAL range may span: more than any table, less than memory. */
  private static final int MAX_RANGE = 100_000;

  private PxTime() {}

  /** Whether a variable without TIMEVAL is time by its name and codes alone. */
  static boolean isTimeByName(List<String> names, List<String> codes) {
    return names.stream().anyMatch(n -> n != null && TIME_NAME.matcher(n.strip()).matches())
        && codes.stream().allMatch(c -> Period.tryParse(c).isPresent());
  }

  /**
   * The categories with a period code from TIMEVAL where their own code is none; unchanged when
   * TIMEVAL cannot be read or does not have one value per category (MappedTable then names the code
   * it cannot read).
   */
  static List<Category> withPeriodCodes(Entry timeval, List<Category> categories) {
    if (timeval == null || categories.stream().allMatch(c -> isPeriod(c.code()))) {
      return categories;
    }
    Optional<List<String>> periods = periods(timeval);
    if (periods.isEmpty() || periods.get().size() != categories.size()) {
      return categories;
    }
    List<Category> coded = new ArrayList<>(categories.size());
    for (int j = 0; j < categories.size(); j++) {
      Category c = categories.get(j);
      coded.add(
          isPeriod(c.code())
              ? c
              : new Category(periods.get().get(j), c.label(), c.unit(), c.note()));
    }
    return coded;
  }

  private static boolean isPeriod(String code) {
    return Period.tryParse(code).isPresent();
  }

  /** TIMEVAL's periods as canonical codes; empty when its unit or a value cannot be read. */
  private static Optional<List<String>> periods(Entry timeval) {
    List<String> items = timeval.values();
    if (items.isEmpty()) {
      return Optional.empty();
    }
    Matcher m = TLIST.matcher(items.get(0).strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      Kind kind = Kind.ofTimeUnit(m.group(1).toUpperCase(Locale.ROOT));
      List<String> values = items.subList(1, items.size());
      if (values.size() == 3 && values.get(1).strip().equals("-")) {
        return Optional.of(range(kind, values.get(0), values.get(2)));
      }
      List<String> codes = new ArrayList<>(values.size());
      for (String v : values) {
        codes.add(Period.parseTimeval(v, kind).code());
      }
      return Optional.of(codes);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static List<String> range(Kind kind, String from, String to) {
    Period p = Period.parseTimeval(from, kind);
    Period last = Period.parseTimeval(to, kind);
    List<String> codes = new ArrayList<>();
    while (p.compareTo(last) <= 0 && codes.size() < MAX_RANGE) {
      codes.add(p.code());
      p = p.next();
    }
    return codes;
  }
}
