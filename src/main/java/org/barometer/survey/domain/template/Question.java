package org.barometer.survey.domain.template;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.barometer.platform.i18n.LocalizedText;

/**
 * One question of a template. Fields that only apply to some types are null (or empty) for the
 * others, which the constructor enforces so a template can never carry, say, options on a scale
 * question that statistics would then misread.
 *
 * @param code stable identifier, {@code [a-z][a-z0-9_]*}; answers and indices refer to it
 * @param help optional explanation shown under the question, or null
 * @param required whether a completed response must answer it (when shown)
 * @param scale for {@link QuestionType#SCALE} only
 * @param options for {@link QuestionType#SINGLE} and {@link QuestionType#MULTIPLE} only; empty
 *     otherwise
 * @param range for {@link QuestionType#NUMBER} only (may be {@link NumberRange#UNBOUNDED})
 * @param background what a background question tells about the respondent, or null; only on
 *     single-choice questions, since a breakdown puts each respondent in one group
 * @param showIf when the question is shown, or null for always
 */
public record Question(
    String code,
    QuestionType type,
    LocalizedText text,
    LocalizedText help,
    boolean required,
    Scale scale,
    List<Option> options,
    NumberRange range,
    BackgroundKind background,
    Condition showIf) {

  public Question {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
    options = options == null ? List.of() : List.copyOf(options);
    if ((type == QuestionType.SCALE) != (scale != null)) {
      throw new IllegalArgumentException(code + ": a scale belongs to, and only to, SCALE");
    }
    boolean choice = type == QuestionType.SINGLE || type == QuestionType.MULTIPLE;
    if (choice == options.isEmpty()) {
      throw new IllegalArgumentException(code + ": options belong to, and only to, choices");
    }
    if (type == QuestionType.NUMBER && range == null) {
      range = NumberRange.UNBOUNDED;
    }
    if (type != QuestionType.NUMBER && range != null) {
      throw new IllegalArgumentException(code + ": a range belongs to NUMBER only");
    }
    if (background != null && type != QuestionType.SINGLE) {
      throw new IllegalArgumentException(code + ": background questions must be SINGLE");
    }
  }

  /** The option with this code, if the question has one. */
  public Optional<Option> option(String optionCode) {
    return options.stream().filter(o -> o.code().equals(optionCode)).findFirst();
  }

  public boolean isBackground() {
    return background != null;
  }
}
