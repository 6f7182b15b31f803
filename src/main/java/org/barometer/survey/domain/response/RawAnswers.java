package org.barometer.survey.domain.response;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Answers as they arrive from a web form, JSON or a CSV import: question code → the values given,
 * all as text. Values are trimmed and blank ones dropped on the way in, because a form posts an
 * empty field for every question left open, and that must read as "not answered", not as an invalid
 * answer. A question with no values left is absent.
 *
 * <p>Value formats: scale "1".."k" or {@value #DONT_KNOW}; single choice one option code; multiple
 * choice option codes; number a decimal ("12", "12.5" or "12,5"); text the text.
 */
public final class RawAnswers {

  /** The value answering "don't know" on a scale that offers it. */
  public static final String DONT_KNOW = "dontknow";

  private static final RawAnswers EMPTY = new RawAnswers(Map.of());

  private final Map<String, List<String>> values;

  private RawAnswers(Map<String, List<String>> values) {
    this.values = values;
  }

  public static RawAnswers empty() {
    return EMPTY;
  }

  /** Normalises a map as described above; order of questions and values is kept. */
  public static RawAnswers of(Map<String, ? extends List<String>> raw) {
    Map<String, List<String>> clean = new LinkedHashMap<>();
    raw.forEach(
        (code, list) -> {
          if (code == null || list == null) {
            return;
          }
          List<String> kept = new ArrayList<>();
          for (String value : list) {
            if (value != null && !value.isBlank()) {
              kept.add(value.strip());
            }
          }
          if (!kept.isEmpty()) {
            clean.merge(code.strip(), List.copyOf(kept), RawAnswers::concat);
          }
        });
    return new RawAnswers(Collections.unmodifiableMap(clean));
  }

  /** A copy with {@code code} answered by {@code answer} (replacing any earlier answer). */
  public RawAnswers with(String code, String... answer) {
    Objects.requireNonNull(code, "code");
    Map<String, List<String>> next = new LinkedHashMap<>(values);
    next.remove(code);
    next.put(code, List.of(answer));
    return of(next);
  }

  /** The values given for a question; empty when it was not answered. */
  public List<String> get(String code) {
    return values.getOrDefault(code, List.of());
  }

  public boolean isAnswered(String code) {
    return values.containsKey(code);
  }

  /** The answered question codes, in the order they arrived. */
  public Set<String> codes() {
    return values.keySet();
  }

  public Map<String, List<String>> asMap() {
    return values;
  }

  public boolean isEmpty() {
    return values.isEmpty();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RawAnswers that && values.equals(that.values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "RawAnswers" + values;
  }
}
