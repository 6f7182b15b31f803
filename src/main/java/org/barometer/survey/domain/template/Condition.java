package org.barometer.survey.domain.template;

import java.util.Objects;
import java.util.Set;

/**
 * When a question is shown: only if the earlier question {@code question} has been answered and,
 * when {@code anyOf} is not empty, one of its answers is in {@code anyOf}. Asking about building
 * permits only of those who applied for one keeps the satisfaction figures about real experience.
 *
 * @param question code of an earlier question
 * @param anyOf option codes or scale values (as text) that make the question shown; empty means any
 *     answer does
 */
public record Condition(String question, Set<String> anyOf) {

  public Condition {
    Objects.requireNonNull(question, "question");
    anyOf = Set.copyOf(anyOf == null ? Set.of() : anyOf);
  }
}
