package org.barometer.survey.domain.template;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.barometer.platform.i18n.LocalizedText;

/**
 * A questionnaire as staff wrote it in a template file. A survey cycle is started from one (code,
 * version), so results from different cycles are only compared when they asked the same questions.
 *
 * @param code stable name of the questionnaire, shared by all its versions
 * @param version positive; bumped whenever the questions change
 * @param intro text shown before the first section, or null
 */
public record QuestionnaireTemplate(
    String code,
    int version,
    LocalizedText title,
    LocalizedText intro,
    List<Section> sections,
    List<IndexDefinition> indices) {

  public QuestionnaireTemplate {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(title, "title");
    if (version < 1) {
      throw new IllegalArgumentException("version must be positive, was " + version);
    }
    sections = List.copyOf(sections);
    indices = indices == null ? List.of() : List.copyOf(indices);
    Set<String> codes = new HashSet<>();
    for (Section section : sections) {
      for (Question question : section.questions()) {
        if (!codes.add(question.code())) {
          throw new IllegalArgumentException("duplicate question code " + question.code());
        }
      }
    }
  }

  /** All questions in the order they are asked. */
  public List<Question> questions() {
    return sections.stream().flatMap(s -> s.questions().stream()).toList();
  }

  public Optional<Question> question(String questionCode) {
    return questions().stream().filter(q -> q.code().equals(questionCode)).findFirst();
  }

  /** The questions that define breakdowns, in the order they are asked. */
  public List<Question> backgroundQuestions() {
    return questions().stream().filter(Question::isBackground).toList();
  }

  public Optional<IndexDefinition> index(String indexCode) {
    return indices.stream().filter(i -> i.code().equals(indexCode)).findFirst();
  }
}
