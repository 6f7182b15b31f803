/**
 * A meeting as an iCalendar object (RFC 5545) for one attendee, made with ical4j ({@link
 * org.barometer.meeting.infrastructure.calendar.MeetingCalendar}): the attachment of the meeting
 * e-mails, with the times in the meeting's own zone so calendar programs show the right time
 * wherever the reader is.
 *
 * <p>Infrastructure, apart from the mailer that attaches it, because it is the one place that knows
 * the iCalendar format and its library.
 */
package org.barometer.meeting.infrastructure.calendar;
