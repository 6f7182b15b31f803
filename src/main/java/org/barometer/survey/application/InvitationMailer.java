package org.barometer.survey.application;

import org.barometer.shared.PersonalToken;
import org.barometer.survey.domain.Business;
import org.barometer.survey.domain.SurveyCycle;

/** Delivers an invitation or a reminder with its personal link. */
public interface InvitationMailer {

  void send(SurveyCycle cycle, Business business, PersonalToken token, boolean reminder)
      throws MailNotSentException;
}
