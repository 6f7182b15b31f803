package org.barometer.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.barometer.survey.application.template.TemplateParser;
import org.barometer.survey.domain.template.Question;
import org.barometer.survey.domain.template.QuestionType;
import org.barometer.survey.domain.template.QuestionnaireTemplate;
import org.junit.jupiter.api.Test;

/**
 * The benchmark's questionnaire must parse, or the benchmark server would refuse it and the run
 * would fail only minutes later; and it must stay the 30 questions that {@link BenchAnswers}
 * answers.
 */
class BenchTemplateTest {

  @Test
  void thirtyQuestionsAllAnsweredByTheBenchmark() throws Exception {
    Path file = Path.of("src/test/resources/bench/surveys/bench-30.yaml");
    QuestionnaireTemplate t = new TemplateParser().parse("bench-30.yaml", Files.readString(file));
    assertEquals("bench-30", t.code());
    assertEquals(30, t.questions().size());
    Map<QuestionType, Long> types =
        t.questions().stream()
            .collect(Collectors.groupingBy(Question::type, Collectors.counting()));
    assertEquals(
        Map.of(QuestionType.SCALE, 25L, QuestionType.SINGLE, 4L, QuestionType.TEXT, 1L), types);
    assertEquals(
        t.questions().stream().map(Question::code).collect(Collectors.toSet()),
        BenchAnswers.answers(0).keySet());
  }
}
