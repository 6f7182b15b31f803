package org.barometer.actionplan.application;

import org.barometer.platform.i18n.Language;
import org.barometer.survey.application.MailNotSentException;

/** Delivers a status round's invitation or reminder in the owner's language. */
public interface RoundMailer {

  void send(RoundMail mail, Language language) throws MailNotSentException;
}
