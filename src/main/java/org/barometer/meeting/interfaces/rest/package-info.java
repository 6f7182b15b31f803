/**
 * The meeting feature's JAX-RS resources under {@code /api}: forums ({@link
 * org.barometer.meeting.interfaces.rest.ForumResource}), a meeting for the staff running it ({@link
 * org.barometer.meeting.interfaces.rest.MeetingResource}), its invitations ({@link
 * org.barometer.meeting.interfaces.rest.MeetingInvitationResource}) and its minutes and follow-up
 * points ({@link org.barometer.meeting.interfaces.rest.MeetingMinutesResource}), single
 * registrations at the door or by phone, and registrants' data across meetings (export, erasure, a
 * business's engagement).
 *
 * <p>The interfaces layer: HTTP and transfer records. Times go in and out on the municipality's
 * clock with its zone ({@link org.barometer.meeting.interfaces.rest.MeetingForm}, {@link
 * org.barometer.meeting.interfaces.rest.MeetingView}), and what the public may see ({@link
 * org.barometer.meeting.interfaces.rest.PublicMeetingView}) is a record of its own: exactly what
 * the public page shows, without the video link or the capacity.
 */
package org.barometer.meeting.interfaces.rest;
