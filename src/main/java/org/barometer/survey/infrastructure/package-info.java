/**
 * The survey feature's storage and mail: the domain's repositories on JPA ({@link
 * org.barometer.survey.infrastructure.JpaSurveyRepository}, {@link
 * org.barometer.survey.infrastructure.JpaInvitationRepository}, {@link
 * org.barometer.survey.infrastructure.JpaResponseRepository}) and invitations by e-mail through the
 * server's mail session ({@link org.barometer.survey.infrastructure.JakartaInvitationMailer}).
 *
 * <p>The infrastructure layer: queries and the mail session stay here, behind the repository
 * interfaces of {@link org.barometer.survey.domain} and the application's {@link
 * org.barometer.survey.application.InvitationMailer}.
 */
package org.barometer.survey.infrastructure;
