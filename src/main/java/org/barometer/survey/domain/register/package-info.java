/**
 * The municipality's business register: the list of businesses a survey invites.
 *
 * <p>Staff upload the register as CSV; {@link
 * org.barometer.survey.domain.register.RegisterCsvReader} turns it into {@link
 * org.barometer.survey.domain.register.RegisterEntry} values or refuses it whole with a {@link
 * org.barometer.survey.domain.register.RegisterRejectedException} listing every problem. The value
 * types ({@link org.barometer.survey.domain.register.OrgNumber}, {@link
 * org.barometer.survey.domain.register.NaceCode}, {@link
 * org.barometer.survey.domain.register.SizeClass}) carry the checks, so code that holds them can
 * rely on them. Plain Java with commons-csv and the shared upload reading of {@link
 * org.barometer.platform.csv} only, so the rules can be tested without a server.
 */
package org.barometer.survey.domain.register;
