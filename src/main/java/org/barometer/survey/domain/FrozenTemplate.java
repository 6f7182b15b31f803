package org.barometer.survey.domain;

import java.util.Objects;

/**
 * The exact text of a questionnaire template as a cycle started with it, with its code and version.
 * Parsing it again always gives the same questionnaire, whatever happened to the file.
 */
public record FrozenTemplate(String code, int version, String text) {

  public FrozenTemplate {
    Objects.requireNonNull(code);
    Objects.requireNonNull(text);
  }
}
