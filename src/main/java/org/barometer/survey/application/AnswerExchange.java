package org.barometer.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.barometer.platform.csv.SpreadsheetText;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.Problem;
import org.barometer.survey.domain.CycleStatus;
import org.barometer.survey.domain.Response;
import org.barometer.survey.domain.ResponseRepository;
import org.barometer.survey.domain.SurveyCycle;
import org.barometer.survey.domain.response.AnswerCheck;
import org.barometer.survey.domain.response.AnswerProblem;
import org.barometer.survey.domain.response.AnswerValues;
import org.barometer.survey.domain.response.BackgroundCoarsening;
import org.barometer.survey.domain.response.RawAnswers;
import org.barometer.survey.domain.template.Option;
import org.barometer.survey.domain.template.Question;
import org.barometer.survey.domain.template.QuestionType;
import org.barometer.survey.domain.template.QuestionnaireTemplate;

/**
 * A cycle's anonymous answers as CSV, out and in: one row per response, one column per question
 * code, in the template's order. A multiple choice lists its options separated by {@code |}; a
 * "don't know" is {@code dontknow}. Rows come in the order of the responses' random identifiers,
 * never in the order they were given. Cells are {@link SpreadsheetText neutralised} against
 * spreadsheet formulas (free text is the respondents'), and restored on import.
 *
 * <p>Out, the minimum group holds as in every other output, against staff too: only a closed cycle
 * with at least the minimum of responses is exported, its background coarsened to k-anonymity, and
 * free text goes out on its own ({@link #exportTexts}), since a text next to a row's background is
 * as telling as a name. A coarsened value ({@code other}) is not an option, so such a file is not
 * imported again as it is.
 *
 * <p>Importing the same shape brings in a cycle that was run in another tool (2019, 2022): into a
 * draft cycle, all rows or none, each bad cell reported with its row and column.
 */
@ApplicationScoped
@Transactional
public class AnswerExchange {

  static final String MULTIPLE_SEPARATOR = "|";
  private static final int MAX_ROWS = 100_000;

  @Inject SurveyService surveys;
  @Inject ResponseRepository responses;
  @Inject TemplateLibrary templates;

  /**
   * A closed cycle's answers without free text, the background coarsened ({@link
   * BackgroundCoarsening}) so that every combination of the exported background columns has at
   * least the survey's minimum group of rows.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String export(long cycleId) {
    SurveyCycle cycle = exportable(cycleId);
    QuestionnaireTemplate template = templates.of(cycle);
    List<Question> background = template.backgroundQuestions();
    List<RawAnswers> all =
        responses.responses(cycle).stream()
            .map(r -> AnswerValues.fromValues(AnsweringService.values(r)))
            .toList();
    BackgroundCoarsening.Coarsened coarsened =
        BackgroundCoarsening.apply(
            background.stream()
                .map(
                    q ->
                        new BackgroundCoarsening.Column(
                            q.code(), q.options().stream().map(Option::code).toList()))
                .toList(),
            all.stream()
                .map(
                    answers ->
                        background.stream()
                            .map(q -> answers.get(q.code()).stream().findFirst().orElse(null))
                            .toList())
                .toList(),
            cycle.survey().minGroupSize());
    List<Question> columns =
        template.questions().stream()
            .filter(q -> q.type() != QuestionType.TEXT)
            .filter(q -> !q.isBackground() || coarsened.columns().contains(q.code()))
            .toList();
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(columns.stream().map(Question::code).toList());
      for (int r = 0; r < all.size(); r++) {
        List<String> row = new ArrayList<>();
        for (Question q : columns) {
          row.add(
              SpreadsheetText.neutralised(
                  q.isBackground()
                      ? Objects.toString(
                          coarsened.rows().get(r).get(coarsened.columns().indexOf(q.code())), "")
                      : String.join(MULTIPLE_SEPARATOR, all.get(r).get(q.code()))));
        }
        csv.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * A closed cycle's free-text answers, apart from everything else: one row per text with its
   * question, no background, sorted by question (in the template's order) and then by text, so that
   * neither the order nor a column ties a text to a row of {@link #export}.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public String exportTexts(long cycleId) {
    SurveyCycle cycle = exportable(cycleId);
    List<Question> texts =
        templates.of(cycle).questions().stream()
            .filter(q -> q.type() == QuestionType.TEXT)
            .toList();
    Map<String, List<String>> byQuestion = new LinkedHashMap<>();
    texts.forEach(q -> byQuestion.put(q.code(), new ArrayList<>()));
    for (Response response : responses.responses(cycle)) {
      RawAnswers answers = AnswerValues.fromValues(AnsweringService.values(response));
      for (Question q : texts) {
        answers.get(q.code()).stream()
            .filter(t -> !t.isBlank())
            .forEach(byQuestion.get(q.code())::add);
      }
    }
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord("question", "answer");
      for (var question : byQuestion.entrySet()) {
        for (String text : question.getValue().stream().sorted().toList()) {
          csv.printRecord(question.getKey(), SpreadsheetText.neutralised(text));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * The cycle, if its answers may leave the system: only once it is closed (an open cycle's export
   * before and after one more answer would show that answer), and only with at least the minimum
   * group of responses (fewer rows are each a small group).
   */
  private SurveyCycle exportable(long cycleId) {
    SurveyCycle cycle = surveys.cycle(cycleId);
    if (cycle.status() != CycleStatus.CLOSED) {
      throw new ConflictException(
          "cycle",
          "The answers of "
              + cycle.label()
              + " can be exported once the cycle is closed; it is "
              + cycle.status()
              + ". Exports taken before and after one more answer would show that answer.");
    }
    long count = responses.count(cycle);
    int minimum = cycle.survey().minGroupSize();
    if (count < minimum) {
      throw new ConflictException(
          "cycle",
          cycle.label()
              + " has "
              + count
              + " responses, fewer than the survey's minimum group of "
              + minimum
              + "; exporting them would show single businesses' answers.");
    }
    return cycle;
  }

  /** Imports answers into a draft cycle; returns the number of responses stored. */
  public int importAnswers(long cycleId, String fileName, String text) {
    SurveyCycle cycle = surveys.cycle(cycleId);
    if (cycle.status() != CycleStatus.DRAFT) {
      throw new ConflictException(
          "cycle",
          "Answers are imported into a draft cycle; " + cycle.label() + " is " + cycle.status());
    }
    QuestionnaireTemplate template = templates.of(cycle);
    List<Problem> problems = new ArrayList<>();
    List<Response> parsed = new ArrayList<>();
    try (CSVParser csv =
        CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .build()
            .parse(new StringReader(strip(text)))) {
      for (String column : csv.getHeaderNames()) {
        if (template.question(column).isEmpty()) {
          problems.add(
              new Problem(1, column, column, "No question '" + column + "' in " + template.code()));
        }
      }
      if (!problems.isEmpty()) {
        throw rejected(fileName, problems);
      }
      for (CSVRecord record : csv) {
        int row = (int) record.getRecordNumber() + 1;
        if (row > MAX_ROWS) {
          problems.add(new Problem(row, null, null, "At most " + MAX_ROWS + " rows"));
          break;
        }
        RawAnswers answers = RawAnswers.of(cells(record));
        List<AnswerProblem> found = AnswerCheck.check(template, answers, false);
        for (AnswerProblem p : found) {
          problems.add(
              new Problem(
                  row,
                  p.questionCode(),
                  String.join(MULTIPLE_SEPARATOR, answers.get(p.questionCode())),
                  p.message().en()));
        }
        if (found.isEmpty()) {
          parsed.add(
              new Response(
                  cycle.id(),
                  Response.Source.IMPORT,
                  AnswerValues.toValues(template, answers).stream()
                      .map(AnsweringService::stored)
                      .toList()));
        }
      }
    } catch (IOException | IllegalStateException | IllegalArgumentException e) {
      throw new InvalidInputException(
          "file", fileName + ": not a readable CSV file: " + e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw rejected(fileName, problems);
    }
    parsed.forEach(responses::add);
    return parsed.size();
  }

  private static Map<String, List<String>> cells(CSVRecord record) {
    Map<String, List<String>> cells = new LinkedHashMap<>();
    record
        .toMap()
        .forEach(
            (code, value) ->
                cells.put(
                    code,
                    value == null || value.isBlank()
                        ? List.of()
                        : List.of(
                            SpreadsheetText.restored(value).split("\\" + MULTIPLE_SEPARATOR))));
    return cells;
  }

  private static String strip(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static InvalidInputException rejected(String fileName, List<Problem> problems) {
    return new InvalidInputException(
        "file", fileName + ": " + problems.size() + " problems; nothing was imported", problems);
  }
}
