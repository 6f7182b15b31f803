package org.barometer.survey.application;

/** How a mailing went: mails sent, and mails that could not be sent (to be tried again). */
public record MailingReport(int sent, int failed) {}
