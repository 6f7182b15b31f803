package org.barometer.meeting.application;

import org.barometer.survey.application.MailNotSentException;

/** Delivers a meeting e-mail in the recipient's language, with its calendar entry if it has one. */
public interface MeetingMailer {

  void send(Notice notice) throws MailNotSentException;
}
