/**
 * The Faces backing beans of the meeting pages: for organisers the start page, one meeting with its
 * registrations and waiting list ({@link org.barometer.meeting.interfaces.web.MeetingAdminPage}),
 * with its invitations ({@link org.barometer.meeting.interfaces.web.MeetingInvitationsPage}) and
 * minutes ({@link org.barometer.meeting.interfaces.web.MinutesEditor}) in beans of their own, the
 * check-in at the door and people across meetings; for the public a meeting's page with its
 * registration form ({@link org.barometer.meeting.interfaces.web.MeetingPage}) and a person's own
 * registration behind their personal link ({@link
 * org.barometer.meeting.interfaces.web.RegistrationPage}).
 *
 * <p>The interfaces layer: the beans hold what a page shows and call the application's services;
 * the seat rules stay in the domain. {@link
 * org.barometer.meeting.interfaces.web.MeetingLinkServlet} answers the addresses in the meeting
 * e-mails.
 */
package org.barometer.meeting.interfaces.web;
