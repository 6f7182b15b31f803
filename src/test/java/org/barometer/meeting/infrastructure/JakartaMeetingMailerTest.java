package org.barometer.meeting.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.barometer.meeting.MeetingFixtures;
import org.barometer.meeting.MeetingWorld;
import org.barometer.meeting.application.RegistrationReceipt;
import org.barometer.meeting.domain.Registrant;
import org.barometer.meeting.domain.RegistrationRequest;
import org.barometer.platform.i18n.Language;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Meeting e-mails through a real SMTP server in the test's JVM (GreenMail, on a free port so it
 * never meets the integration tests' server on 3025), from registration to cancellation. The
 * calendar attachment is parsed back; 08:00 on 15 March 2027 in Oslo is 07:00Z (CET, UTC+1).
 */
class JakartaMeetingMailerTest {

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  private MeetingWorld world;
  private long meetingId;

  @BeforeEach
  void world() {
    Properties p = new Properties();
    p.put("mail.smtp.host", "localhost");
    p.put("mail.smtp.port", String.valueOf(SMTP.getSmtp().getPort()));
    JakartaMeetingMailer mailer =
        new JakartaMeetingMailer(
            Session.getInstance(p), "naering@sandefjord.example", java.time.Clock.systemUTC());
    world = new MeetingWorld(mailer);
    meetingId = world.meetings.createMeeting(world.forum().id(), MeetingFixtures.breakfast(1)).id();
  }

  @Test
  void confirmationInNorwegianWithTheCalendarEntry() throws Exception {
    RegistrationReceipt receipt =
        world.registration.register(meetingId, MeetingFixtures.request("Kari", "kari@firma.no"));

    MimeMessage mail = only("kari@firma.no");
    assertEquals("Påmeldt: Næringsfrokost: rundebordssamtale", mail.getSubject());
    String text = text(mail);
    assertTrue(text.contains("Hei Kari"), text);
    assertTrue(text.contains("mandag 15. mars 2027 kl. 08:00 (Europe/Oslo)"), text);
    assertTrue(text.contains(world.linkOf(receipt.registrationId())), text);
    assertTrue(text.contains("til 365 dager etter møtet"), text);
    BodyPart ics = attachment(mail);
    assertEquals("meeting.ics", ics.getFileName());
    assertTrue(ics.getContentType().contains("method=REQUEST"), ics.getContentType());
    VEvent event = event(ics);
    assertEquals(
        Instant.parse("2027-03-15T07:00:00Z"),
        ((ZonedDateTime) event.getDateTimeStart().getDate()).toInstant());
    assertEquals(world.meetings.meeting(meetingId).calendarUid(), prop(event, "UID"));
    assertEquals("mailto:kari@firma.no", prop(event, "ATTENDEE"));
  }

  @Test
  void waitingInSwedishWithoutCalendarThenPromotedWithIt() throws Exception {
    RegistrationReceipt first =
        world.registration.register(meetingId, MeetingFixtures.request("Kari", "kari@firma.no"));
    world.registration.register(
        meetingId,
        new RegistrationRequest(
            new Registrant("Eva", "eva@ab.se", MeetingFixtures.ORG_SE, "AB", null, null, null),
            Language.SV,
            true));

    MimeMessage waiting = only("eva@ab.se");
    assertEquals("Väntelista: Næringsfrokost: rundebordssamtale", waiting.getSubject());
    assertTrue(text(waiting).contains("som nummer 1"), text(waiting));
    assertTrue(waiting.getContentType().startsWith("text/plain"), waiting.getContentType());

    world.registration.cancel(first.registrationId());

    MimeMessage promoted = to("eva@ab.se").get(1);
    assertEquals("Du har fått en plats: Næringsfrokost: rundebordssamtale", promoted.getSubject());
    assertTrue(text(promoted).contains("måndag 15 mars 2027 kl. 08:00"), text(promoted));
    assertEquals("0", prop(event(attachment(promoted)), "SEQUENCE"));
  }

  @Test
  void aNotifiedChangeUpdatesTheSameEntry() throws Exception {
    world.registration.register(meetingId, MeetingFixtures.request("Kari", "kari@firma.no"));
    var d = MeetingFixtures.breakfast(1);
    var later =
        new org.barometer.meeting.domain.MeetingDetails(
            d.title(),
            d.description(),
            d.agenda(),
            d.start().plusHours(1),
            d.end().plusHours(1),
            d.zone(),
            "Hvaler kulturhus",
            null,
            d.capacity(),
            d.registrationDeadline(),
            d.access(),
            d.language());

    world.meetings.editMeeting(meetingId, later, true);

    List<MimeMessage> mails = to("kari@firma.no");
    assertEquals(2, mails.size());
    MimeMessage changed = mails.get(1);
    assertEquals("Endret: Næringsfrokost: rundebordssamtale", changed.getSubject());
    assertTrue(text(changed).contains("kl. 09:00 (Europe/Oslo)"), text(changed));
    VEvent before = event(attachment(mails.get(0)));
    VEvent after = event(attachment(changed));
    assertEquals(prop(before, "UID"), prop(after, "UID"));
    assertEquals("0", prop(before, "SEQUENCE"));
    assertEquals("1", prop(after, "SEQUENCE"));
    assertEquals(
        Instant.parse("2027-03-15T08:00:00Z"),
        ((ZonedDateTime) after.getDateTimeStart().getDate()).toInstant());
    assertEquals("Hvaler kulturhus", prop(after, "LOCATION"));
  }

  @Test
  void cancellationRemovesTheEntryFromTheCalendar() throws Exception {
    world.registration.register(meetingId, MeetingFixtures.request("Kari", "kari@firma.no"));
    String uid = world.meetings.meeting(meetingId).calendarUid();

    world.meetings.cancelMeeting(meetingId, "Taleren er syk.");

    MimeMessage cancelled = to("kari@firma.no").get(1);
    assertEquals("Avlyst: Næringsfrokost: rundebordssamtale", cancelled.getSubject());
    assertTrue(text(cancelled).contains("Taleren er syk."), text(cancelled));
    BodyPart ics = attachment(cancelled);
    assertTrue(ics.getContentType().contains("method=CANCEL"), ics.getContentType());
    Calendar calendar = calendar(ics);
    assertEquals("CANCEL", calendar.getProperty("METHOD").orElseThrow().getValue());
    VEvent event = calendar.<VEvent>getComponent("VEVENT").orElseThrow();
    assertEquals(uid, prop(event, "UID"));
    assertEquals("1", prop(event, "SEQUENCE"));
    assertEquals("CANCELLED", prop(event, "STATUS"));
  }

  private static MimeMessage only(String address) throws Exception {
    List<MimeMessage> found = to(address);
    assertEquals(1, found.size());
    return found.get(0);
  }

  private static List<MimeMessage> to(String address) throws Exception {
    SMTP.waitForIncomingEmail(5000, 1);
    return Arrays.stream(SMTP.getReceivedMessages())
        .filter(m -> recipient(m).equals(address))
        .toList();
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(MimeMessage m) throws Exception {
    Object content = m.getContent();
    if (content instanceof Multipart parts) {
      return (String) parts.getBodyPart(0).getContent();
    }
    return (String) content;
  }

  private static BodyPart attachment(MimeMessage m) throws Exception {
    Multipart parts = (Multipart) m.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      if (Part.ATTACHMENT.equalsIgnoreCase(parts.getBodyPart(i).getDisposition())) {
        return parts.getBodyPart(i);
      }
    }
    throw new AssertionError("no attachment");
  }

  private static Calendar calendar(BodyPart ics) throws Exception {
    try (InputStream in = ics.getInputStream()) {
      return new CalendarBuilder().build(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }

  private static VEvent event(BodyPart ics) throws Exception {
    return calendar(ics).<VEvent>getComponent("VEVENT").orElseThrow();
  }

  private static String prop(VEvent e, String name) {
    return e.getProperty(name).orElseThrow().getValue();
  }
}
