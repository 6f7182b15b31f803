package org.barometer.survey.domain.template;

import java.util.Objects;
import org.barometer.platform.i18n.LocalizedText;

/**
 * One choice of a single- or multiple-choice question. The code, not the text, is stored with an
 * answer, so texts can be corrected without touching collected data.
 */
public record Option(String code, LocalizedText text) {

  public Option {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(text, "text");
  }
}
