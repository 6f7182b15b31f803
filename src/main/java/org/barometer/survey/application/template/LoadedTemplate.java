package org.barometer.survey.application.template;

import java.util.Objects;
import org.barometer.survey.domain.template.QuestionnaireTemplate;

/**
 * A parsed template with the exact text it came from. A survey cycle stores {@code sourceText} when
 * it starts and parses that copy from then on, so editing or deleting the file never changes what a
 * running cycle asks.
 */
public record LoadedTemplate(QuestionnaireTemplate template, String sourceText, String fileName) {

  public LoadedTemplate {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(sourceText, "sourceText");
    Objects.requireNonNull(fileName, "fileName");
  }

  public String code() {
    return template.code();
  }

  public int version() {
    return template.version();
  }
}
