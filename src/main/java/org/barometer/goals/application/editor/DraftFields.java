package org.barometer.goals.application.editor;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Supplier;
import org.barometer.goals.application.planfile.PlanFileReader;

/**
 * Reads the typed fields of one part of a draft, noting each that is wrong as a {@link
 * DraftProblem} and going on, so that one save names every field to fix, not only the first.
 */
final class DraftFields {

  private final List<DraftProblem> problems = new ArrayList<>();
  private Object part;

  /** The part whose fields are read next. */
  DraftFields at(Object part) {
    this.part = part;
    return this;
  }

  List<DraftProblem> problems() {
    return problems;
  }

  int count() {
    return problems.size();
  }

  void problem(String field, String key, String... arguments) {
    problems.add(new DraftProblem(part, field, key, List.of(arguments)));
  }

  /** The text, or empty (and a problem) when it is blank. */
  Optional<String> required(String field, String text) {
    if (text == null || text.isBlank()) {
      problem(field, "goals.editor.problem.required");
      return Optional.empty();
    }
    return Optional.of(text.strip());
  }

  /** An id as plan files have them. */
  Optional<String> id(String field, String text) {
    Optional<String> id = required(field, text);
    if (id.isPresent() && !PlanFileReader.ID.matcher(id.get()).matches()) {
      problem(field, "goals.editor.problem.id", id.get());
      return Optional.empty();
    }
    return id;
  }

  /** A decimal number (point or comma), or empty when blank or wrong (then a problem). */
  OptionalDouble decimal(String field, String text, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        problem(field, "goals.editor.problem.required");
      }
      return OptionalDouble.empty();
    }
    try {
      return OptionalDouble.of(new BigDecimal(text.strip().replace(',', '.')).doubleValue());
    } catch (NumberFormatException e) {
      problem(field, "goals.editor.problem.number", text);
      return OptionalDouble.empty();
    }
  }

  /** A whole number within bounds, or empty when blank or wrong (then a problem). */
  OptionalInt whole(String field, String text, int min, int max, boolean required) {
    if (text == null || text.isBlank()) {
      if (required) {
        problem(field, "goals.editor.problem.required");
      }
      return OptionalInt.empty();
    }
    try {
      int n = Integer.parseInt(text.strip());
      if (n >= min && n <= max) {
        return OptionalInt.of(n);
      }
    } catch (NumberFormatException e) {
      // told below
    }
    problem(field, "goals.editor.problem.whole", String.valueOf(min), String.valueOf(max), text);
    return OptionalInt.empty();
  }

  /** One of an enum's names, or empty (and a problem). */
  <E extends Enum<E>> Optional<E> choice(String field, Class<E> type, String text) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(text)) {
        return Optional.of(e);
      }
    }
    problem(field, "goals.editor.problem.choose");
    return Optional.empty();
  }

  /** A month and day, {@code MM-DD}. */
  Optional<MonthDay> monthDay(String field, String text) {
    Optional<String> day = required(field, text);
    if (day.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MonthDay.parse("--" + day.get()));
    } catch (DateTimeException e) {
      problem(field, "goals.editor.problem.monthDay", day.get());
      return Optional.empty();
    }
  }

  /** A domain constructor's refusal, as a problem of the field. */
  <T> Optional<T> guarded(String field, Supplier<T> build) {
    try {
      return Optional.ofNullable(build.get());
    } catch (IllegalArgumentException e) {
      problem(field, "goals.editor.problem.refused", e.getMessage());
      return Optional.empty();
    }
  }
}
