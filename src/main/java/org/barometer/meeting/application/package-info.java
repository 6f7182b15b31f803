/**
 * The meeting feature's use cases: staff running forums and meetings ({@link
 * org.barometer.meeting.application.MeetingService}) and inviting to them ({@link
 * org.barometer.meeting.application.MeetingInvitations}), people registering with double opt-in and
 * cancelling ({@link org.barometer.meeting.application.RegistrationService}), check-in at the door,
 * minutes and follow-up points, the feedback survey after a meeting, and registrants' rights and
 * retention ({@link org.barometer.meeting.application.PrivacyService}).
 *
 * <p>The application layer. Work on the meeting tables runs in a {@link
 * org.barometer.meeting.application.MeetingTransactions} unit of work (implemented in
 * infrastructure), and e-mails are sent only after it has committed ({@link
 * org.barometer.meeting.application.Notices}), so nobody is told of a seat a rollback took back. A
 * refused mail is kept and sent again later ({@link org.barometer.meeting.application.MailRetry}).
 * The survey feature's business register is read through {@link
 * org.barometer.meeting.application.RegisterLookup}, which gives only what an invitation needs.
 */
package org.barometer.meeting.application;
