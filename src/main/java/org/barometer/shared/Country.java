package org.barometer.shared;

/**
 * The countries whose business registers Barometer can import.
 *
 * <p>The country is derived from the organisation number rather than entered by staff, because a
 * Norwegian number (9 digits) and a Swedish one (10 digits) can never be confused.
 */
public enum Country {
  /** Norway: organisation numbers issued by Brønnøysundregistrene. */
  NO,
  /** Sweden: organisationsnummer issued by Bolagsverket, Skatteverket and others. */
  SE
}
