package org.barometer.survey.domain.template;

/** How a question is answered; decides which answer values are valid and how they are stored. */
public enum QuestionType {
  /** A k-point scale 1..k, optionally with "don't know"; the basis of every index. */
  SCALE,
  /** Exactly one of a fixed list of options. */
  SINGLE,
  /** Any number of a fixed list of options. */
  MULTIPLE,
  /** A decimal number, optionally bounded. */
  NUMBER,
  /** Free text. */
  TEXT
}
