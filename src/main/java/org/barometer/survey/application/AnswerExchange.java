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
import org.barometer.survey.domain.response.RawAnswers;
import org.barometer.survey.domain.template.Question;
import org.barometer.survey.domain.template.QuestionnaireTemplate;

/**
 * A cycle's anonymous answers as CSV, out and in: one row per response, one column per question
 * code, in the template's order. A multiple choice lists its options separated by {@code |}; a
 * "don't know" is {@code dontknow}. Rows come in the order of the responses' random identifiers,
 * never in the order they were given. Cells are {@link SpreadsheetText neutralised} against
 * spreadsheet formulas (free text is the respondents'), and restored on import.
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

  @Transactional(Transactional.TxType.SUPPORTS)
  public String export(long cycleId) {
    SurveyCycle cycle = surveys.cycle(cycleId);
    List<Question> questions = templates.of(cycle).questions();
    StringWriter out = new StringWriter();
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180)) {
      csv.printRecord(questions.stream().map(Question::code).toList());
      for (Response response : responses.responses(cycle)) {
        RawAnswers answers = AnswerValues.fromValues(AnsweringService.values(response));
        List<String> row = new ArrayList<>();
        for (Question q : questions) {
          row.add(
              SpreadsheetText.neutralised(String.join(MULTIPLE_SEPARATOR, answers.get(q.code()))));
        }
        csv.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
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
