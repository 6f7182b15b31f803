package org.barometer.meeting.infrastructure.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.TzId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.MeetingDetails;

/**
 * A meeting as an iCalendar object (RFC 5545) for one attendee, made with ical4j: the start and end
 * in the meeting's own zone (DTSTART;TZID=Europe/Oslo) with that zone's VTIMEZONE, so calendar
 * programs show the right time wherever the reader is; a DTSTAMP in UTC; the meeting's permanent
 * UID and its current SEQUENCE, so an update replaces the entry rather than adding a second one.
 *
 * <p>As an iTIP message (RFC 5546): METHOD:REQUEST with the office as ORGANIZER and the registrant
 * as an ATTENDEE who has already accepted (nothing to answer), or METHOD:CANCEL with
 * STATUS:CANCELLED when the meeting is cancelled.
 */
public final class MeetingCalendar {

  private static final String PRODUCT = "-//Barometer//Meetings 1.0//EN";
  private static final TimeZoneRegistry ZONES =
      TimeZoneRegistryFactory.getInstance().createRegistry();

  private MeetingCalendar() {}

  /**
   * The calendar text, lines folded at 75 octets and ending in CRLF.
   *
   * @param organizerEmail the office's sending address
   * @param attendeeName the registrant's name, may be null
   * @param link the registrant's personal link, put in URL and DESCRIPTION; may be null
   */
  public static String of(
      Meeting meeting,
      String organizerEmail,
      String attendeeEmail,
      String attendeeName,
      String link,
      Instant now) {
    MeetingDetails d = meeting.details();
    boolean cancel = meeting.cancelled();

    VEvent event = new VEvent(d.zonedStart(), d.zonedEnd(), d.title());
    event.add(new Uid(meeting.calendarUid()));
    event.add(new Sequence(meeting.calendarSequence()));
    event.replace(new DtStamp(now)); // the constructor stamped the clock's time
    event.add(cancel ? ImmutableStatus.VEVENT_CANCELLED : ImmutableStatus.VEVENT_CONFIRMED);
    String where = where(d);
    if (where != null) {
      event.add(new Location(where));
    }
    String description = description(meeting, link);
    if (!description.isEmpty()) {
      event.add(new Description(description));
    }
    if (link != null) {
      event.add(new Url(URI.create(link)));
    }
    event.add(new Organizer(URI.create("mailto:" + organizerEmail)));
    List<Parameter> attendee = new ArrayList<>();
    attendee.add(cancel ? PartStat.DECLINED : PartStat.ACCEPTED);
    attendee.add(Rsvp.FALSE);
    if (attendeeName != null) {
      attendee.add(new Cn(attendeeName));
    }
    event.add(new Attendee(new ParameterList(attendee), URI.create("mailto:" + attendeeEmail)));

    Calendar calendar = new Calendar();
    calendar.add(new ProdId(PRODUCT));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(cancel ? ImmutableMethod.CANCEL : ImmutableMethod.REQUEST);
    calendar.add(zone(d.zone().getId()));
    calendar.add(event);
    return write(calendar);
  }

  /** The iTIP method of the entry for this meeting, for the MIME type's method parameter. */
  public static String method(Meeting meeting) {
    return meeting.cancelled() ? "CANCEL" : "REQUEST";
  }

  /**
   * The VTIMEZONE for the meeting's zone, named as DTSTART names it. Since the 2025 tz database,
   * ical4j's definitions of Europe/Oslo and Europe/Stockholm are Europe/Berlin's (the same rules
   * since 1980): without renaming, DTSTART;TZID=Europe/Oslo would point at no VTIMEZONE in the
   * file, which RFC 5545 forbids. The Berlin-specific TZURL and X-LIC-LOCATION go too.
   */
  private static VTimeZone zone(String zoneId) {
    VTimeZone vtz = ZONES.getTimeZone(zoneId).getVTimeZone().copy();
    if (!zoneId.equals(vtz.getTimeZoneId().getValue())) {
      vtz.replace(new TzId(zoneId));
      vtz.removeAll(Property.TZURL, "X-LIC-LOCATION");
    }
    return vtz;
  }

  private static String where(MeetingDetails d) {
    if (d.place() != null && d.videoLink() != null) {
      return d.place() + " / " + d.videoLink();
    }
    return d.place() != null ? d.place() : d.videoLink();
  }

  private static String description(Meeting meeting, String link) {
    MeetingDetails d = meeting.details();
    StringBuilder text = new StringBuilder();
    if (meeting.cancelled() && meeting.cancelReason() != null) {
      text.append(meeting.cancelReason()).append("\n\n");
    }
    if (d.description() != null) {
      text.append(d.description()).append("\n\n");
    }
    if (d.agenda() != null) {
      text.append(d.agenda()).append("\n\n");
    }
    if (d.videoLink() != null) {
      text.append(d.videoLink()).append("\n\n");
    }
    if (link != null && !meeting.cancelled()) {
      text.append(link);
    }
    return text.toString().strip();
  }

  private static String write(Calendar calendar) {
    StringWriter out = new StringWriter();
    try {
      new CalendarOutputter(false).output(calendar, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ValidationException e) {
      throw new IllegalStateException("Calendar entry not valid: " + e.getMessage(), e);
    }
    return out.toString();
  }
}
