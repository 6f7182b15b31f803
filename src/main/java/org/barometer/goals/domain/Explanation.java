package org.barometer.goals.domain;

import java.util.List;
import java.util.Objects;

/**
 * One sentence that says why an indicator has its status, as a message key with its arguments (so
 * pages can render it in bokmål or Swedish later from their own bundles) and the English sentence.
 *
 * @param key a message key such as {@code goals.growth.behind}
 * @param arguments the values the sentence uses, in order, already rounded for display
 * @param english the sentence in English
 */
public record Explanation(String key, List<String> arguments, String english) {

  public Explanation {
    Objects.requireNonNull(key, "key");
    arguments = List.copyOf(arguments);
    Objects.requireNonNull(english, "english");
  }

  public static Explanation of(String key, String english, String... arguments) {
    return new Explanation(key, List.of(arguments), english);
  }

  @Override
  public String toString() {
    return english;
  }
}
