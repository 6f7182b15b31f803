package org.barometer.survey.application.template;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.barometer.platform.i18n.LocalizedText;
import org.barometer.platform.yaml.YamlCursor;
import org.barometer.platform.yaml.YamlMapping;
import org.barometer.survey.domain.response.RawAnswers;
import org.barometer.survey.domain.template.BackgroundKind;
import org.barometer.survey.domain.template.Condition;
import org.barometer.survey.domain.template.NumberRange;
import org.barometer.survey.domain.template.Option;
import org.barometer.survey.domain.template.Question;
import org.barometer.survey.domain.template.QuestionType;
import org.barometer.survey.domain.template.Scale;

/**
 * Reads the questions of one template, in order. It keeps the questions read so far, because codes
 * must be unique across the template and a condition may only refer to an earlier question (which
 * is also what keeps conditions free of cycles).
 */
final class QuestionParser {

  static final Pattern QUESTION_CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
  static final String QUESTION_CODE_RULE =
      "must be a code of lower-case letters, digits and _ starting with a letter (at most 40)";
  private static final Pattern OPTION_CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_+\\-]{0,39}");
  private static final String OPTION_CODE_RULE =
      "must be a code of letters, digits, _, + and - starting with a letter or digit (at most 40)";

  private final Map<String, Question> questions = new LinkedHashMap<>();
  private final Map<String, Integer> lines = new HashMap<>();
  private final Map<BackgroundKind, String> backgrounds = new EnumMap<>(BackgroundKind.class);

  /** The questions read so far, by code, in order. */
  Map<String, Question> questions() {
    return questions;
  }

  Question parse(YamlCursor<TemplateException> cursor) throws TemplateException {
    YamlMapping<TemplateException> map =
        cursor.mapping(
            "code",
            "type",
            "text",
            "help",
            "required",
            "scale",
            "options",
            "range",
            "background",
            "showIf");
    YamlCursor<TemplateException> codeAt = map.require("code");
    String code = codeAt.code(QUESTION_CODE, QUESTION_CODE_RULE);
    if (questions.containsKey(code)) {
      throw codeAt.fail(
          "duplicate question code '" + code + "' (first used at line " + lines.get(code) + ")");
    }
    QuestionType type = map.require("type").choice(QuestionType.class);
    LocalizedText text = map.require("text").text();
    LocalizedText help = map.has("help") ? map.require("help").text() : null;
    boolean required = map.has("required") && map.require("required").bool();

    onlyFor(map, "scale", type, List.of(QuestionType.SCALE));
    onlyFor(map, "options", type, List.of(QuestionType.SINGLE, QuestionType.MULTIPLE));
    onlyFor(map, "range", type, List.of(QuestionType.NUMBER));
    onlyFor(map, "background", type, List.of(QuestionType.SINGLE));

    Scale scale = type == QuestionType.SCALE ? scale(map.require("scale")) : null;
    List<Option> options =
        type == QuestionType.SINGLE || type == QuestionType.MULTIPLE
            ? options(map.require("options"))
            : List.of();
    NumberRange range = map.has("range") ? range(map.require("range")) : null;
    BackgroundKind background = null;
    if (map.has("background")) {
      YamlCursor<TemplateException> at = map.require("background");
      background = at.choice(BackgroundKind.class);
      String other = backgrounds.putIfAbsent(background, code);
      if (other != null) {
        throw at.fail(
            "background "
                + at.scalar()
                + " is already asked by question '"
                + other
                + "'; each kind may appear once");
      }
    }
    Condition showIf = map.has("showIf") ? condition(map.require("showIf"), code) : null;

    Question question =
        new Question(code, type, text, help, required, scale, options, range, background, showIf);
    questions.put(code, question);
    lines.put(code, codeAt.line());
    return question;
  }

  private static void onlyFor(
      YamlMapping<TemplateException> map, String key, QuestionType type, List<QuestionType> ok)
      throws TemplateException {
    if (map.has(key) && !ok.contains(type)) {
      StringBuilder types = new StringBuilder();
      for (QuestionType allowed : ok) {
        types.append(types.length() == 0 ? "" : " or ").append(lower(allowed));
      }
      throw map.key(key)
          .fail(
              "'"
                  + key
                  + "' is only allowed on questions of type "
                  + types
                  + ", not "
                  + lower(type));
    }
  }

  private static Scale scale(YamlCursor<TemplateException> cursor) throws TemplateException {
    YamlMapping<TemplateException> map =
        cursor.mapping("points", "low", "high", "dontKnow", "topBoxFrom");
    int points = map.require("points").integer(Scale.MIN_POINTS, Scale.MAX_POINTS);
    LocalizedText low = map.require("low").text();
    LocalizedText high = map.require("high").text();
    boolean dontKnow = map.has("dontKnow") && map.require("dontKnow").bool();
    int topBoxFrom =
        map.has("topBoxFrom")
            ? map.require("topBoxFrom").integer(1, points)
            : Scale.defaultTopBoxFrom(points);
    return new Scale(points, low, high, dontKnow, topBoxFrom);
  }

  private static List<Option> options(YamlCursor<TemplateException> cursor)
      throws TemplateException {
    List<Option> options = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (YamlCursor<TemplateException> item : cursor.list(true)) {
      YamlMapping<TemplateException> map = item.mapping("code", "text");
      YamlCursor<TemplateException> codeAt = map.require("code");
      String code = codeAt.code(OPTION_CODE, OPTION_CODE_RULE);
      if (code.equals(RawAnswers.DONT_KNOW)) {
        throw codeAt.fail("'" + code + "' is reserved for the don't-know answer of scales");
      }
      Integer first = seen.putIfAbsent(code, codeAt.line());
      if (first != null) {
        throw codeAt.fail(
            "duplicate option code '" + code + "' (first used at line " + first + ")");
      }
      options.add(new Option(code, map.require("text").text()));
    }
    return options;
  }

  private static NumberRange range(YamlCursor<TemplateException> cursor) throws TemplateException {
    YamlMapping<TemplateException> map = cursor.mapping("min", "max");
    Double min = map.has("min") ? map.require("min").decimal() : null;
    Double max = map.has("max") ? map.require("max").decimal() : null;
    if (min != null && max != null && min > max) {
      throw map.require("max").fail("max must not be below min");
    }
    return new NumberRange(min, max);
  }

  private Condition condition(YamlCursor<TemplateException> cursor, String ownCode)
      throws TemplateException {
    YamlMapping<TemplateException> map = cursor.mapping("question", "anyOf");
    YamlCursor<TemplateException> questionAt = map.require("question");
    String target = questionAt.scalar();
    if (target.equals(ownCode)) {
      throw questionAt.fail("a question cannot depend on itself");
    }
    Question earlier = questions.get(target);
    if (earlier == null) {
      throw questionAt.fail(
          "'"
              + target
              + "' is not a question asked before this one; a condition can only refer"
              + " to an earlier question");
    }
    Set<String> anyOf = new LinkedHashSet<>();
    if (map.has("anyOf")) {
      List<YamlCursor<TemplateException>> values = map.require("anyOf").list(true);
      Set<String> allowed = answerValues(earlier);
      for (YamlCursor<TemplateException> valueAt : values) {
        String value = valueAt.scalar();
        if (allowed.isEmpty()) {
          throw valueAt.fail(
              "question '"
                  + target
                  + "' is of type "
                  + lower(earlier.type())
                  + "; leave out anyOf to show this question whenever it is answered");
        }
        if (!allowed.contains(value)) {
          throw valueAt.fail(
              "'"
                  + value
                  + "' is not an answer of question '"
                  + target
                  + "'; expected one of "
                  + String.join(", ", allowed));
        }
        anyOf.add(value);
      }
    }
    return new Condition(target, anyOf);
  }

  /** The answer values a condition may list for {@code question}; empty for free answers. */
  private static Set<String> answerValues(Question question) {
    Set<String> values = new LinkedHashSet<>();
    switch (question.type()) {
      case SINGLE, MULTIPLE -> question.options().forEach(o -> values.add(o.code()));
      case SCALE -> {
        for (int i = 1; i <= question.scale().points(); i++) {
          values.add(Integer.toString(i));
        }
        if (question.scale().dontKnow()) {
          values.add(RawAnswers.DONT_KNOW);
        }
      }
      default -> {}
    }
    return values;
  }

  static String lower(QuestionType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }
}
