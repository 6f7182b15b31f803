/**
 * The meeting feature's storage and mail: the domain's repositories and the application's ports on
 * plain JDBC (for instance {@link org.barometer.meeting.infrastructure.JdbcMeetingRepository} and
 * {@link org.barometer.meeting.infrastructure.JdbcRegistrationRepository}), units of work as JDBC
 * transactions ({@link org.barometer.meeting.infrastructure.JdbcMeetingTransactions}), and the
 * e-mails through the server's mail session ({@link
 * org.barometer.meeting.infrastructure.JakartaMeetingMailer}).
 *
 * <p>The infrastructure layer. Plain JDBC rather than JPA because seat allocation must lock the
 * meeting row ({@code SELECT ... FOR UPDATE}) and count in the same transaction, which is easiest
 * to see and to test on H2 here. The calendar attachments are made in {@code calendar}.
 */
package org.barometer.meeting.infrastructure;
