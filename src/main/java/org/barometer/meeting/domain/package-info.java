/**
 * Forums, meetings, registrations with their waiting lists, attendance, minutes and follow-up
 * points. Plain Java: the rules (who gets a seat, when registration is refused) are tested without
 * a database; the repositories' interfaces are here, their JDBC implementations in infrastructure.
 */
package org.barometer.meeting.domain;
