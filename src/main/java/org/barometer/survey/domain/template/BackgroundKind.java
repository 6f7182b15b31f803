package org.barometer.survey.domain.template;

/**
 * What a background question tells about the respondent. Statistics are broken down by these, and
 * industry and size line up with the business register's strata for stratified estimates.
 */
public enum BackgroundKind {
  /** Industry by NACE section (letters A to U). */
  INDUSTRY,
  /** Size class by number of employees. */
  SIZE,
  /** Years the business has been in the municipality. */
  YEARS
}
