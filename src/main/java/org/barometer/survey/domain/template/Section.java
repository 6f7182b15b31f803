package org.barometer.survey.domain.template;

import java.util.List;
import java.util.Objects;
import org.barometer.platform.i18n.LocalizedText;

/** A titled group of questions, shown together as one page of the questionnaire. */
public record Section(LocalizedText title, List<Question> questions) {

  public Section {
    Objects.requireNonNull(title, "title");
    questions = List.copyOf(questions);
  }
}
