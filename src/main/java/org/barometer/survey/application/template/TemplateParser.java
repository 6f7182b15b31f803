package org.barometer.survey.application.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.barometer.platform.i18n.LocalizedText;
import org.barometer.platform.yaml.YamlCursor;
import org.barometer.platform.yaml.YamlDocuments;
import org.barometer.platform.yaml.YamlMapping;
import org.barometer.survey.domain.template.IndexDefinition;
import org.barometer.survey.domain.template.Question;
import org.barometer.survey.domain.template.QuestionType;
import org.barometer.survey.domain.template.QuestionnaireTemplate;
import org.barometer.survey.domain.template.Section;

/**
 * Reads a questionnaire template from YAML, refusing anything doubtful with the file, line, column
 * and path of the problem. Templates are edited by hand by office staff, so a typo must stop the
 * file loudly rather than silently change what a survey asks; and since a cycle freezes the text it
 * started with, every check happens here, once, before any respondent sees it.
 *
 * <p>The file format is documented in {@code surveys/README.md}.
 */
public final class TemplateParser {

  /** Largest template accepted, in characters; real ones are a few kilobytes. */
  public static final int MAX_CHARS = 1_000_000;

  private static final int MAX_VERSION = 1_000_000;
  private static final Pattern TEMPLATE_CODE = Pattern.compile("[a-z][a-z0-9-]{0,59}");
  private static final Pattern INDEX_CODE = QuestionParser.QUESTION_CODE;

  /**
   * Parses one template.
   *
   * @param fileName shown in error messages
   * @throws TemplateException for the first problem found
   */
  public QuestionnaireTemplate parse(String fileName, String yaml) throws TemplateException {
    YamlCursor<TemplateException> root =
        YamlDocuments.compose(fileName, yaml, MAX_CHARS, TemplateException::new);
    YamlMapping<TemplateException> map =
        root.mapping("code", "version", "title", "intro", "sections", "indices");
    String code =
        map.require("code")
            .code(
                TEMPLATE_CODE,
                "must be a code of lower-case letters, digits and - starting with a letter");
    int version = versionOf(map);
    LocalizedText title = map.require("title").text();
    LocalizedText intro = map.has("intro") ? map.require("intro").text() : null;

    QuestionParser questions = new QuestionParser();
    List<Section> sections = new ArrayList<>();
    for (YamlCursor<TemplateException> sectionAt : map.require("sections").list(true)) {
      YamlMapping<TemplateException> section = sectionAt.mapping("title", "questions");
      LocalizedText sectionTitle = section.require("title").text();
      List<Question> sectionQuestions = new ArrayList<>();
      for (YamlCursor<TemplateException> questionAt : section.require("questions").list(true)) {
        sectionQuestions.add(questions.parse(questionAt));
      }
      sections.add(new Section(sectionTitle, sectionQuestions));
    }

    List<IndexDefinition> indices = new ArrayList<>();
    if (map.has("indices")) {
      Map<String, Integer> seen = new HashMap<>();
      Map<YamlCursor<TemplateException>, String> drivers = new LinkedHashMap<>();
      for (YamlCursor<TemplateException> indexAt : map.require("indices").list(false)) {
        indices.add(index(indexAt, questions.questions(), seen, drivers));
      }
      for (Map.Entry<YamlCursor<TemplateException>, String> driver : drivers.entrySet()) {
        if (!seen.containsKey(driver.getValue())) {
          throw driver
              .getKey()
              .fail("'" + driver.getValue() + "' is not an index in this template");
        }
      }
    }
    return new QuestionnaireTemplate(code, version, title, intro, sections, indices);
  }

  private static int versionOf(YamlMapping<TemplateException> map) throws TemplateException {
    if (!map.has("version")) {
      throw map.self()
          .fail(
              "missing required key 'version'; number the first version 1 and bump it on every"
                  + " change");
    }
    return map.require("version").integer(1, MAX_VERSION);
  }

  private static IndexDefinition index(
      YamlCursor<TemplateException> cursor,
      Map<String, Question> questions,
      Map<String, Integer> seen,
      Map<YamlCursor<TemplateException>, String> drivers)
      throws TemplateException {
    YamlMapping<TemplateException> map =
        cursor.mapping("code", "name", "weights", "minAnsweredShare", "driverOf");
    YamlCursor<TemplateException> codeAt = map.require("code");
    String code = codeAt.code(INDEX_CODE, QuestionParser.QUESTION_CODE_RULE);
    Integer first = seen.putIfAbsent(code, codeAt.line());
    if (first != null) {
      throw codeAt.fail("duplicate index code '" + code + "' (first used at line " + first + ")");
    }
    LocalizedText name = map.require("name").text();
    YamlMapping<TemplateException> weightsMap = map.require("weights").anyMapping();
    if (weightsMap.values().isEmpty()) {
      throw map.require("weights").fail("an index needs at least one question");
    }
    Map<String, Double> weights = new LinkedHashMap<>();
    for (Map.Entry<String, YamlCursor<TemplateException>> entry : weightsMap.values().entrySet()) {
      String question = entry.getKey();
      Question target = questions.get(question);
      if (target == null) {
        throw weightsMap
            .key(question)
            .fail("'" + question + "' is not a question in this template");
      }
      if (target.type() != QuestionType.SCALE) {
        throw weightsMap
            .key(question)
            .fail(
                "'"
                    + question
                    + "' is a "
                    + QuestionParser.lower(target.type())
                    + " question; an index can only use scale questions");
      }
      YamlCursor<TemplateException> weightAt = entry.getValue();
      double weight = weightAt.decimal();
      if (!(weight > 0)) {
        throw weightAt.fail(
            "a weight must be positive, was " + YamlCursor.quote(weightAt.scalar()));
      }
      weights.put(question, weight);
    }
    double minShare = IndexDefinition.DEFAULT_MIN_ANSWERED_SHARE;
    if (map.has("minAnsweredShare")) {
      YamlCursor<TemplateException> shareAt = map.require("minAnsweredShare");
      minShare = shareAt.decimal();
      if (!(minShare > 0 && minShare <= 1)) {
        throw shareAt.fail(
            "must be above 0 and at most 1, was " + YamlCursor.quote(shareAt.scalar()));
      }
    }
    String driverOf = null;
    if (map.has("driverOf")) {
      YamlCursor<TemplateException> driverAt = map.require("driverOf");
      driverOf = driverAt.code(INDEX_CODE, QuestionParser.QUESTION_CODE_RULE);
      if (driverOf.equals(code)) {
        throw driverAt.fail("an index cannot drive itself");
      }
      drivers.put(driverAt, driverOf);
    }
    return new IndexDefinition(code, name, weights, minShare, driverOf);
  }
}
