package org.barometer.survey.application.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.barometer.survey.domain.template.QuestionnaireTemplate;
import org.junit.jupiter.api.Test;

class TemplateParserTest {

  private static final String T = "{nb: x, sv: x, en: x}";

  /** A valid template around the given questions, which start on line 7. */
  private static String withQuestions(String questions) {
    return """
        code: t
        version: 1
        title: %s
        sections:
          - title: %s
            questions:
        %s"""
        .formatted(T, T, questions.stripIndent().indent(6));
  }

  private static final String SCALE_Q =
      """
      - code: q1
        type: scale
        text: %s
        scale: {points: 6, low: %s, high: %s}
      """
          .formatted(T, T, T);

  private static final String CHOICE_Q =
      """
      - code: q1
        type: single
        text: %s
        options:
          - {code: "yes", text: %s}
          - {code: "no", text: %s}
      """
          .formatted(T, T, T);

  private static QuestionnaireTemplate parse(String yaml) throws TemplateException {
    return new TemplateParser().parse("t.yaml", yaml);
  }

  private static TemplateException fails(String yaml, int line, String path, String problem) {
    TemplateException e = assertThrows(TemplateException.class, () -> parse(yaml));
    assertEquals(line, e.line(), e.getMessage());
    assertEquals(path, e.path(), e.getMessage());
    assertTrue(e.problem().contains(problem), e.getMessage());
    assertTrue(e.getMessage().startsWith("t.yaml, line " + line + ", column "), e.getMessage());
    return e;
  }

  @Test
  void minimalTemplateParses() throws Exception {
    QuestionnaireTemplate t = parse(withQuestions(SCALE_Q + CHOICE_Q.replace("q1", "q2")));
    assertEquals(2, t.questions().size());
    assertEquals(5, t.question("q1").orElseThrow().scale().topBoxFrom());
  }

  @Test
  void messageNamesFileLineColumnPathAndProblem() {
    String yaml = withQuestions(SCALE_Q.replace("points: 6", "points: 1"));
    TemplateException e =
        fails(yaml, 10, "sections[0].questions[0].scale.points", "must be an integer");
    assertEquals(
        "t.yaml, line 10, column 25 (sections[0].questions[0].scale.points): must be an integer"
            + " from 2 to 11, was \"1\"",
        e.getMessage());
  }

  @Test
  void unknownKeySuggestsTheIntendedOne() {
    String yaml = withQuestions(SCALE_Q.replace("type: scale", "type: scale\n  requred: true"));
    fails(yaml, 9, "sections[0].questions[0].requred", "did you mean 'required'");
  }

  @Test
  void duplicateKey() {
    String yaml = withQuestions(SCALE_Q.replace("type: scale", "type: scale\n  type: text"));
    fails(yaml, 9, "sections[0].questions[0].type", "duplicate key 'type'");
  }

  @Test
  void textsNeedAllThreeLanguages() {
    String yaml = withQuestions(SCALE_Q.replace("text: " + T, "text: {nb: a, en: b}"));
    fails(yaml, 9, "sections[0].questions[0].text", "missing the sv text");
    String empty = withQuestions(SCALE_Q.replace("text: " + T, "text: {nb: a, sv: '', en: b}"));
    fails(empty, 9, "sections[0].questions[0].text.sv", "has no value");
  }

  @Test
  void duplicateQuestionCodes() {
    fails(
        withQuestions(SCALE_Q + SCALE_Q),
        11,
        "sections[0].questions[1].code",
        "duplicate question code 'q1' (first used at line 7)");
  }

  @Test
  void badQuestionCode() {
    fails(withQuestions(SCALE_Q.replace("q1", "Q-1")), 7, "sections[0].questions[0].code", "code");
  }

  @Test
  void unknownType() {
    fails(
        withQuestions(SCALE_Q.replace("type: scale", "type: slider")),
        8,
        "sections[0].questions[0].type",
        "must be one of scale, single, multiple, number, text, was \"slider\"");
  }

  @Test
  void scaleNeedsPointsAndLabels() {
    fails(
        withQuestions(SCALE_Q.replace("points: 6, ", "")),
        10,
        "sections[0].questions[0].scale",
        "missing required key 'points'");
    fails(
        withQuestions(SCALE_Q.replace(", high: " + T, "")),
        10,
        "sections[0].questions[0].scale",
        "missing required key 'high'");
    fails(
        withQuestions(
            SCALE_Q.replace("  scale: {points: 6, low: " + T + ", high: " + T + "}\n", "")),
        7,
        "sections[0].questions[0]",
        "missing required key 'scale'");
  }

  @Test
  void choiceNeedsOptionsWithoutDuplicates() {
    String noOptions = withQuestions(CHOICE_Q.substring(0, CHOICE_Q.indexOf("  options")));
    fails(noOptions, 7, "sections[0].questions[0]", "missing required key 'options'");
    String duplicate = withQuestions(CHOICE_Q.replace("code: \"no\"", "code: \"yes\""));
    fails(
        duplicate,
        12,
        "sections[0].questions[0].options[1].code",
        "duplicate option code 'yes' (first used at line 11)");
  }

  @Test
  void keysOnlyForOtherTypes() {
    String yaml = withQuestions(SCALE_Q + "  options: []\n");
    fails(
        yaml,
        11,
        "sections[0].questions[0].options",
        "'options' is only allowed on questions of type single or multiple, not scale");
  }

  @Test
  void conditionsMustPointBackwards() {
    String self = withQuestions(SCALE_Q + "  showIf: {question: q1}\n");
    fails(self, 11, "sections[0].questions[0].showIf.question", "cannot depend on itself");
    String later =
        withQuestions(
            SCALE_Q.replace("scale:", "showIf: {question: q2}\n  scale:")
                + CHOICE_Q.replace("q1", "q2"));
    fails(later, 10, "sections[0].questions[0].showIf.question", "not a question asked before");
    String unknown = withQuestions(SCALE_Q + "  showIf: {question: nope}\n");
    fails(unknown, 11, "sections[0].questions[0].showIf.question", "'nope' is not a question");
  }

  @Test
  void anyOfMustBeAnswersOfTheReferencedQuestion() throws Exception {
    String ok =
        withQuestions(
            CHOICE_Q
                + SCALE_Q.replace("q1", "q2")
                + "  showIf: {question: q1, anyOf: [\"yes\"]}\n");
    assertEquals("q1", parse(ok).question("q2").orElseThrow().showIf().question());

    String badOption =
        withQuestions(
            CHOICE_Q + SCALE_Q.replace("q1", "q2") + "  showIf: {question: q1, anyOf: [maybe]}\n");
    fails(
        badOption,
        17,
        "sections[0].questions[1].showIf.anyOf[0]",
        "'maybe' is not an answer of question 'q1'; expected one of yes, no");

    String badScale =
        withQuestions(
            SCALE_Q + CHOICE_Q.replace("q1", "q2") + "  showIf: {question: q1, anyOf: [\"7\"]}\n");
    fails(badScale, 17, "sections[0].questions[1].showIf.anyOf[0]", "expected one of 1, 2, 3");
  }

  @Test
  void backgroundOnlyOnSingleChoice() {
    String yaml = withQuestions(SCALE_Q + "  background: industry\n");
    fails(
        yaml,
        11,
        "sections[0].questions[0].background",
        "only allowed on questions of type single, not scale");
  }

  @Test
  void indexWeightsMustNameScaleQuestionsWithPositiveWeights() throws Exception {
    String questions = withQuestions(SCALE_Q + CHOICE_Q.replace("q1", "q2"));
    int indexLine = (int) questions.chars().filter(c -> c == '\n').count() + 4;
    String ok = questions + "indices:\n  - code: i\n    name: " + T + "\n    weights: {q1: 2.5}\n";
    assertEquals(2.5, parse(ok).index("i").orElseThrow().weights().get("q1"));

    fails(
        ok.replace("{q1: 2.5}", "{nope: 1}"),
        indexLine,
        "indices[0].weights.nope",
        "'nope' is not a question in this template");
    fails(
        ok.replace("{q1: 2.5}", "{q2: 1}"),
        indexLine,
        "indices[0].weights.q2",
        "'q2' is a single question; an index can only use scale questions");
    fails(
        ok.replace("{q1: 2.5}", "{q1: 0}"),
        indexLine,
        "indices[0].weights.q1",
        "a weight must be positive, was \"0\"");
    fails(
        ok.replace("{q1: 2.5}", "{q1: -1}"),
        indexLine,
        "indices[0].weights.q1",
        "must be positive");
  }

  @Test
  void aDriverNamesAnotherIndexOfTheTemplate() throws Exception {
    String questions = withQuestions(SCALE_Q);
    int firstIndexLine = (int) questions.chars().filter(c -> c == '\n').count() + 2;
    String index = "  - code: %s\n    name: " + T + "\n    weights: {q1: 1}\n";
    String ok =
        questions
            + "indices:\n"
            + index.formatted("overall")
            + index.formatted("factor")
            + "    driverOf: overall\n";
    QuestionnaireTemplate template = parse(ok);
    assertEquals("overall", template.index("factor").orElseThrow().driverOf());
    assertEquals(null, template.index("overall").orElseThrow().driverOf());

    int driverLine = firstIndexLine + 6;
    fails(
        ok.replace("driverOf: overall", "driverOf: nope"),
        driverLine,
        "indices[1].driverOf",
        "'nope' is not an index in this template");
    fails(
        ok.replace("driverOf: overall", "driverOf: factor"),
        driverLine,
        "indices[1].driverOf",
        "an index cannot drive itself");
  }

  @Test
  void versionIsRequiredAndPositive() {
    String base = withQuestions(SCALE_Q);
    fails(base.replace("version: 1\n", ""), 1, "", "missing required key 'version'");
    fails(base.replace("version: 1", "version: 0"), 2, "version", "from 1 to");
    fails(base.replace("version: 1", "version: two"), 2, "version", "was \"two\"");
  }

  @Test
  void yamlSyntaxErrorsReportTheirLine() {
    String yaml = withQuestions(SCALE_Q.replace("type: scale", "type: [scale"));
    TemplateException e = assertThrows(TemplateException.class, () -> parse(yaml));
    assertTrue(e.problem().startsWith("YAML syntax error"), e.getMessage());
    assertTrue(e.line() >= 8, e.getMessage());
  }

  @Test
  void emptyFile() {
    fails("", 1, "", "the file is empty");
    fails("# only a comment\n", 1, "", "the file is empty");
  }

  @Test
  void rootMustBeAMapping() {
    fails("- a\n- b\n", 1, "", "must be a mapping");
  }

  @Test
  void hostileFilesAreRefused() {
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      bomb.append(
          "a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n"
              .formatted(i, i, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1, i - 1));
    }
    TemplateException aliases = assertThrows(TemplateException.class, () -> parse(bomb.toString()));
    assertTrue(aliases.getMessage().contains("aliases"), aliases.getMessage());

    String deep = "a: " + "[".repeat(200) + "]".repeat(200) + "\n";
    assertThrows(TemplateException.class, () -> parse(deep));

    String huge = "code: t\n#" + "x".repeat(TemplateParser.MAX_CHARS) + "\n";
    TemplateException size = assertThrows(TemplateException.class, () -> parse(huge));
    assertTrue(size.problem().contains("larger than"), size.getMessage());
  }

  @Test
  void anchorsMayShareAScale() throws Exception {
    String yaml =
        withQuestions(
            SCALE_Q.replace("scale: {", "scale: &s {")
                + "- code: q2\n  type: scale\n  text: "
                + T
                + "\n  scale: *s\n");
    assertEquals(6, parse(yaml).question("q2").orElseThrow().scale().points());
  }
}
