package org.barometer.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One stored answer to one question. A scale or number answer is a number (or "don't know"); a
 * single choice is an option code; a multiple choice is one row per chosen option, numbered by
 * {@code ordinal}; free text is text. Numbers stay numbers, so the statistics can be summed in the
 * database.
 */
@Embeddable
public class Answer {

  @Column(name = "question_code", nullable = false)
  private String questionCode;

  @Column(nullable = false)
  private int ordinal;

  @Column(name = "number_value")
  private Double number;

  @Column(name = "choice")
  private String choice;

  @Column(name = "text_value")
  private String text;

  @Column(name = "dont_know", nullable = false)
  private boolean dontKnow;

  protected Answer() {}

  public Answer(
      String questionCode,
      int ordinal,
      Double number,
      String choice,
      String text,
      boolean dontKnow) {
    this.questionCode = questionCode;
    this.ordinal = ordinal;
    this.number = number;
    this.choice = choice;
    this.text = text;
    this.dontKnow = dontKnow;
  }

  public String questionCode() {
    return questionCode;
  }

  public int ordinal() {
    return ordinal;
  }

  public Double number() {
    return number;
  }

  public String choice() {
    return choice;
  }

  public String text() {
    return text;
  }

  public boolean dontKnow() {
    return dontKnow;
  }
}
