/**
 * The shared kernel: value objects that several features speak and none owns. {@link
 * org.barometer.shared.Country} (Norway or Sweden, which decides org numbers, municipality codes
 * and statistics offices), {@link org.barometer.shared.Period} (a year, half-year, quarter, month
 * or week, as the offices write them) and {@link org.barometer.shared.RegionCode} (a municipality,
 * county or country). The survey's register, the statistics and the plans' goals all use them.
 * {@link org.barometer.shared.PersonalToken} is the secret in every personal link (a respondent's,
 * a registrant's, an activity owner's), of which only the hash is stored.
 *
 * <p>Like a domain layer it depends on nothing but Java; every feature may import it, and it
 * imports no feature (LayerRuleTest). Something goes here only when a second feature needs it.
 */
package org.barometer.shared;
