package org.barometer.survey.application;

/** A mail the server could not hand over to the mail system. */
public class MailNotSentException extends Exception {

  public MailNotSentException(String message, Throwable cause) {
    super(message, cause);
  }
}
