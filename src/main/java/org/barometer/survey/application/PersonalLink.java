package org.barometer.survey.application;

import org.barometer.survey.domain.Business;

/** A business and a new personal link to its questionnaire, for a mail merge. */
public record PersonalLink(Business business, String link) {}
