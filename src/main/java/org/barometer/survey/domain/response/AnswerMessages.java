package org.barometer.survey.domain.response;

import java.math.BigDecimal;
import org.barometer.platform.i18n.LocalizedText;
import org.barometer.survey.domain.template.NumberRange;

/**
 * The texts of {@link AnswerProblem}s. Kept in one place so the three languages are reviewed
 * together and keys stay stable for the API.
 */
public final class AnswerMessages {

  public static final String REQUIRED = "answer.required";
  public static final String ONE_VALUE = "answer.one_value";
  public static final String SCALE_RANGE = "answer.scale_range";
  public static final String UNKNOWN_OPTION = "answer.unknown_option";
  public static final String REPEATED_OPTION = "answer.repeated_option";
  public static final String NOT_A_NUMBER = "answer.not_a_number";
  public static final String NUMBER_RANGE = "answer.number_range";
  public static final String TEXT_TOO_LONG = "answer.text_too_long";
  public static final String UNKNOWN_QUESTION = "answer.unknown_question";

  private AnswerMessages() {}

  static AnswerProblem required(String question) {
    return new AnswerProblem(
        question,
        REQUIRED,
        new LocalizedText(
            "Dette spørsmålet må besvares",
            "Den här frågan måste besvaras",
            "This question is required"));
  }

  static AnswerProblem oneValue(String question) {
    return new AnswerProblem(
        question,
        ONE_VALUE,
        new LocalizedText("Velg bare ett svar", "Välj bara ett svar", "Choose only one answer"));
  }

  static AnswerProblem scaleRange(String question, int points) {
    return new AnswerProblem(
        question,
        SCALE_RANGE,
        new LocalizedText(
            "Velg en verdi fra 1 til " + points,
            "Välj ett värde från 1 till " + points,
            "Choose a value from 1 to " + points));
  }

  static AnswerProblem unknownOption(String question, String option) {
    return new AnswerProblem(
        question,
        UNKNOWN_OPTION,
        new LocalizedText(
            "Ukjent svaralternativ «" + option + "»",
            "Okänt svarsalternativ ”" + option + "”",
            "Unknown option '" + option + "'"));
  }

  static AnswerProblem repeatedOption(String question, String option) {
    return new AnswerProblem(
        question,
        REPEATED_OPTION,
        new LocalizedText(
            "Alternativet «" + option + "» er valgt mer enn én gang",
            "Alternativet ”" + option + "” är valt mer än en gång",
            "Option '" + option + "' is chosen more than once"));
  }

  static AnswerProblem notANumber(String question) {
    return new AnswerProblem(
        question,
        NOT_A_NUMBER,
        new LocalizedText(
            "Skriv inn et tall, for eksempel 12 eller 12,5",
            "Skriv ett tal, till exempel 12 eller 12,5",
            "Enter a number, for example 12 or 12.5"));
  }

  static AnswerProblem numberRange(String question, NumberRange range) {
    String minEn = plain(range.min(), '.');
    String maxEn = plain(range.max(), '.');
    String minNo = plain(range.min(), ',');
    String maxNo = plain(range.max(), ',');
    LocalizedText text;
    if (range.min() != null && range.max() != null) {
      text =
          new LocalizedText(
              "Skriv inn et tall mellom " + minNo + " og " + maxNo,
              "Skriv ett tal mellan " + minNo + " och " + maxNo,
              "Enter a number between " + minEn + " and " + maxEn);
    } else if (range.min() != null) {
      text =
          new LocalizedText(
              "Skriv inn et tall på minst " + minNo,
              "Skriv ett tal som är minst " + minNo,
              "Enter a number of at least " + minEn);
    } else {
      text =
          new LocalizedText(
              "Skriv inn et tall på høyst " + maxNo,
              "Skriv ett tal som är högst " + maxNo,
              "Enter a number of at most " + maxEn);
    }
    return new AnswerProblem(question, NUMBER_RANGE, text);
  }

  static AnswerProblem textTooLong(String question, int max) {
    return new AnswerProblem(
        question,
        TEXT_TOO_LONG,
        new LocalizedText(
            "Høyst " + max + " tegn",
            "Högst " + max + " tecken",
            "At most " + max + " characters"));
  }

  static AnswerProblem unknownQuestion(String question) {
    return new AnswerProblem(
        question,
        UNKNOWN_QUESTION,
        new LocalizedText(
            "Ukjent spørsmål «" + question + "»",
            "Okänd fråga ”" + question + "”",
            "Unknown question '" + question + "'"));
  }

  /** "100000" rather than "100000.0" or "1.0E5"; Norwegian and Swedish use a decimal comma. */
  static String plain(Double value, char decimalSeparator) {
    if (value == null) {
      return "";
    }
    String text = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return text.replace('.', decimalSeparator);
  }
}
