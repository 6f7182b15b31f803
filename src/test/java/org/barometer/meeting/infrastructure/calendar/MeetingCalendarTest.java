package org.barometer.meeting.infrastructure.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.barometer.meeting.MeetingFixtures;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.MeetingDetails;
import org.barometer.meeting.domain.MeetingStatus;
import org.junit.jupiter.api.Test;

/**
 * The calendar entry parsed back. Expected instants are worked out by hand: Norway and Sweden are
 * on CET (UTC+1) until the last Sunday of March (28 March 2027) and on CEST (UTC+2) after, so 08:00
 * on 15 March 2027 in Oslo is 07:00Z and 08:00 on 10 June 2027 in Stockholm is 06:00Z.
 */
class MeetingCalendarTest {

  private static final Instant NOW = Instant.parse("2027-02-01T10:00:00Z");

  @Test
  void startIsTheMeetingsTimeInOsloWithItsZone() throws Exception {
    Meeting m = MeetingFixtures.meeting(7, MeetingFixtures.breakfast(20), 0);

    String ics =
        MeetingCalendar.of(
            m,
            "naering@sandefjord.kommune.no",
            "kari@firma.no",
            "Kari",
            "https://b.example/m/abc",
            NOW);

    assertTrue(ics.contains("DTSTART;TZID=Europe/Oslo:20270315T080000\r\n"), ics);
    assertEquals(1, calendar(ics).getComponents("VTIMEZONE").size());
    assertEquals(
        "Europe/Oslo", value(calendar(ics).getComponent("VTIMEZONE").orElseThrow(), "TZID"));
    assertEquals(1, ics.split("DTSTAMP").length - 1 - vtimezoneStamps(ics), ics);
    assertTrue(ics.contains("DTSTAMP:20270201T100000Z\r\n"), ics);
    VEvent event = event(ics);
    assertEquals(
        Instant.parse("2027-03-15T07:00:00Z"), instant(event.getDateTimeStart().getDate()));
    assertEquals(Instant.parse("2027-03-15T08:30:00Z"), instant(event.getDateTimeEnd().getDate()));
    assertEquals("uid-7@barometer", value(event, "UID"));
    assertEquals("0", value(event, "SEQUENCE"));
    assertEquals("REQUEST", value(calendar(ics), "METHOD"));
    assertEquals("Næringsfrokost: rundebordssamtale", value(event, "SUMMARY"));
  }

  @Test
  void summerTimeInStockholm() throws Exception {
    MeetingDetails d = MeetingFixtures.breakfast(20);
    MeetingDetails june =
        new MeetingDetails(
            d.title(),
            null,
            null,
            LocalDateTime.of(2027, 6, 10, 8, 0),
            LocalDateTime.of(2027, 6, 10, 9, 0),
            ZoneId.of("Europe/Stockholm"),
            "Stadshuset, Södertälje",
            "https://meet.example/x",
            10,
            Instant.parse("2027-06-01T00:00:00Z"),
            d.access(),
            d.language());

    String ics =
        MeetingCalendar.of(
            MeetingFixtures.meeting(8, june, 0), "a@b.se", "c@d.se", null, null, NOW);

    assertTrue(ics.contains("DTSTART;TZID=Europe/Stockholm:20270610T080000\r\n"), ics);
    assertEquals(
        Instant.parse("2027-06-10T06:00:00Z"), instant(event(ics).getDateTimeStart().getDate()));
  }

  @Test
  void aChangeKeepsTheUidAndRaisesTheSequence() throws Exception {
    Meeting first = MeetingFixtures.meeting(7, MeetingFixtures.breakfast(20), 0);
    Meeting changed = MeetingFixtures.meeting(7, MeetingFixtures.breakfast(25), 1);

    VEvent a = event(MeetingCalendar.of(first, "a@b.no", "c@d.no", null, null, NOW));
    VEvent b = event(MeetingCalendar.of(changed, "a@b.no", "c@d.no", null, null, NOW));

    assertEquals(value(a, "UID"), value(b, "UID"));
    assertEquals(1, Integer.parseInt(value(b, "SEQUENCE")));
  }

  @Test
  void aCancelledMeetingIsACancelMessage() throws Exception {
    Meeting m = MeetingFixtures.meeting(7, MeetingFixtures.breakfast(20), 0);
    Meeting cancelled =
        new Meeting(
            m.id(),
            m.forumId(),
            m.calendarUid(),
            m.details(),
            MeetingStatus.CANCELLED,
            "Sykdom",
            2);

    String ics = MeetingCalendar.of(cancelled, "a@b.no", "c@d.no", null, null, NOW);

    Calendar cal = calendar(ics);
    assertEquals("CANCEL", value(cal, "METHOD"));
    VEvent e = event(ics);
    assertEquals("CANCELLED", value(e, "STATUS"));
    assertEquals("2", value(e, "SEQUENCE"));
    assertEquals("uid-7@barometer", value(e, "UID"));
  }

  @Test
  void longLinesAreFoldedAndTextEscaped() throws Exception {
    String ics =
        MeetingCalendar.of(
            MeetingFixtures.meeting(7, MeetingFixtures.breakfast(20), 0),
            "a@b.no",
            "c@d.no",
            null,
            null,
            NOW);

    for (String line : ics.split("\r\n")) {
      assertTrue(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75, line);
    }
    // "status, mål" in the agenda: the comma is escaped; the parsed text is the original
    assertTrue(
        ics.replace("\r\n ", "").contains("status\\, mål")
            && ics.replace("\r\n ", "").contains("2027\\; status"),
        ics);
    assertTrue(value(event(ics), "DESCRIPTION").contains("2. Planen for 2027; status, mål"));
  }

  private static String value(net.fortuna.ical4j.model.PropertyContainer c, String name) {
    return c.getProperty(name).orElseThrow().getValue();
  }

  /** DTSTAMP may only appear in the VEVENT; the VTIMEZONE has none. */
  private static int vtimezoneStamps(String ics) {
    String zone = ics.substring(ics.indexOf("BEGIN:VTIMEZONE"), ics.indexOf("END:VTIMEZONE"));
    return zone.split("DTSTAMP").length - 1;
  }

  private static Calendar calendar(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  private static VEvent event(String ics) throws Exception {
    return calendar(ics).<VEvent>getComponent("VEVENT").orElseThrow();
  }

  private static Instant instant(Temporal t) {
    return ((ZonedDateTime) t).toInstant();
  }
}
