package org.barometer.survey.domain.response;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.barometer.platform.i18n.LocalizedText;
import org.barometer.survey.domain.template.BackgroundKind;
import org.barometer.survey.domain.template.Condition;
import org.barometer.survey.domain.template.IndexDefinition;
import org.barometer.survey.domain.template.NumberRange;
import org.barometer.survey.domain.template.Option;
import org.barometer.survey.domain.template.Question;
import org.barometer.survey.domain.template.QuestionType;
import org.barometer.survey.domain.template.QuestionnaireTemplate;
import org.barometer.survey.domain.template.Scale;
import org.barometer.survey.domain.template.Section;

/** A small template with every question type and a chain of conditions, built without YAML. */
final class SampleTemplate {

  private SampleTemplate() {}

  static LocalizedText t(String s) {
    return LocalizedText.of(s);
  }

  static Option opt(String code) {
    return new Option(code, t(code));
  }

  static QuestionnaireTemplate build() {
    Question applied =
        new Question(
            "applied",
            QuestionType.SINGLE,
            t("Applied?"),
            null,
            true,
            null,
            List.of(opt("yes"), opt("no")),
            null,
            null,
            null);
    Question permit =
        new Question(
            "permit",
            QuestionType.SCALE,
            t("Permit satisfaction"),
            null,
            true,
            new Scale(6, t("low"), t("high"), true, 5),
            null,
            null,
            null,
            new Condition("applied", Set.of("yes")));
    Question why =
        new Question(
            "why",
            QuestionType.TEXT,
            t("Why?"),
            null,
            true,
            null,
            null,
            null,
            null,
            new Condition("permit", Set.of("1", "2")));
    Question topics =
        new Question(
            "topics",
            QuestionType.MULTIPLE,
            t("Topics"),
            null,
            false,
            null,
            List.of(opt("land"), opt("roads"), opt("skills")),
            null,
            null,
            null);
    Question employees =
        new Question(
            "employees",
            QuestionType.NUMBER,
            t("Employees"),
            null,
            false,
            null,
            null,
            new NumberRange(0.0, 100000.0),
            null,
            null);
    Question size =
        new Question(
            "size",
            QuestionType.SINGLE,
            t("Size"),
            null,
            false,
            null,
            List.of(opt("0-4"), opt("5-19")),
            null,
            BackgroundKind.SIZE,
            null);
    return new QuestionnaireTemplate(
        "sample",
        1,
        t("Sample"),
        null,
        List.of(
            new Section(t("One"), List.of(applied, permit, why)),
            new Section(t("Two"), List.of(topics, employees, size))),
        List.of(new IndexDefinition("permits", t("Permits"), Map.of("permit", 1.0), 0.5)));
  }
}
