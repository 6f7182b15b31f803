package org.barometer.goals.domain;

import java.util.OptionalInt;

/**
 * The years a plan covers: a span such as 2023–2026, or an open start "to 2030" (Drammen's
 * ambitions, Sarpsborg's job growth). The end year is when a goal without its own deadline is due.
 *
 * @param from the first year; empty for "to 2030"
 * @param to the last year, inclusive
 */
public record PlanPeriod(OptionalInt from, int to) {

  public PlanPeriod {
    if (from == null) {
      from = OptionalInt.empty();
    }
    if (to < 1900 || to > 2200) {
      throw new IllegalArgumentException("A plan's last year must be a year, was " + to);
    }
    if (from.isPresent() && from.getAsInt() > to) {
      throw new IllegalArgumentException(
          "A plan period must not end before it starts: " + from.getAsInt() + "–" + to);
    }
  }

  public static PlanPeriod between(int from, int to) {
    return new PlanPeriod(OptionalInt.of(from), to);
  }

  public static PlanPeriod until(int to) {
    return new PlanPeriod(OptionalInt.empty(), to);
  }

  /**
   * Parses {@code 2023-2026}, {@code 2023–2026} or {@code to 2030}.
   *
   * @throws IllegalArgumentException naming the text when it is neither
   */
  public static PlanPeriod parse(String text) {
    String t = text.strip();
    try {
      if (t.startsWith("to ")) {
        return until(Integer.parseInt(t.substring(3).strip()));
      }
      String[] parts = t.split("[-–]");
      if (parts.length == 2) {
        return between(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
      }
    } catch (NumberFormatException e) {
      // falls through to the message below
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a plan period: write 2023-2026 or 'to 2030'");
  }

  /** The period that follows, of the same length; "to 2030" is followed by "to 2030 + 4". */
  public PlanPeriod next() {
    if (from.isPresent()) {
      int length = to - from.getAsInt() + 1;
      return between(to + 1, to + length);
    }
    return until(to + 4);
  }

  /** The years as a reader sees them: "2023–2026", or "to 2030" in the reader's language. */
  public Phrase phrase() {
    return from.isPresent()
        ? Phrase.of("goals.period.span", String.valueOf(from.getAsInt()), String.valueOf(to))
        : Phrase.of("goals.period.until", String.valueOf(to));
  }

  /** As {@link #parse} reads it: {@code 2023-2026} or {@code to 2030}. */
  public String text() {
    return from.isPresent() ? from.getAsInt() + "-" + to : "to " + to;
  }
}
