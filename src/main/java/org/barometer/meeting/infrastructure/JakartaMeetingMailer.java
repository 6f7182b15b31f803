package org.barometer.meeting.infrastructure;

import jakarta.activation.DataHandler;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ResourceBundle;
import org.barometer.meeting.application.MeetingMailer;
import org.barometer.meeting.application.Notice;
import org.barometer.meeting.domain.MeetingDetails;
import org.barometer.meeting.infrastructure.calendar.MeetingCalendar;
import org.barometer.survey.application.MailNotSentException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Meeting e-mails through the server's mail session ({@code mail/barometer}, liberty/mail.xml), in
 * the language the registrant chose (an invitation: the meeting's language). The time is written in
 * the meeting's zone and named, so nobody has to guess. Seat holders get the calendar entry as an
 * attachment {@code meeting.ics} of type {@code text/calendar; method=REQUEST} (or CANCEL).
 */
@ApplicationScoped
public class JakartaMeetingMailer implements MeetingMailer {

  static final String BUNDLE = "org.barometer.messages";

  @Resource(lookup = "mail/barometer")
  private Session session;

  @Inject
  @ConfigProperty(name = "barometer.mail.from", defaultValue = "barometer@localhost")
  String from;

  private Clock clock = Clock.systemUTC();

  protected JakartaMeetingMailer() {}

  /** For use outside a container, on any mail session. */
  public JakartaMeetingMailer(Session session, String from, Clock clock) {
    this.session = session;
    this.from = from;
    this.clock = clock;
  }

  @Override
  public void send(Notice n) throws MailNotSentException {
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, n.language().locale());
    MeetingDetails d = n.meeting().details();
    String when =
        DateTimeFormatter.ofPattern(texts.getString("meeting.mail.time"), n.language().locale())
                .format(d.zonedStart())
            + " ("
            + d.zone().getId()
            + ")";
    String where =
        d.place() != null && d.videoLink() != null
            ? d.place() + " / " + d.videoLink()
            : d.place() != null ? d.place() : d.videoLink();
    Object[] args = {
      n.name() == null ? "" : n.name(),
      d.title(),
      when,
      where,
      n.link() == null ? "" : n.link(),
      String.valueOf(n.waitingPosition()),
      n.meeting().cancelReason() == null ? "" : n.meeting().cancelReason(),
      String.valueOf(n.retentionDays()),
      n.text() == null ? "" : n.text()
    };
    String key = n.kind().key();
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(new InternetAddress(from));
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(n.email()));
      message.setSubject(MessageFormat.format(texts.getString(key + ".subject"), args), "UTF-8");
      String body = MessageFormat.format(texts.getString(key + ".body"), args);
      if (n.kind().calendar() && n.withCalendar()) {
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body, "UTF-8");
        MimeMultipart parts = new MimeMultipart("mixed");
        parts.addBodyPart(text);
        parts.addBodyPart(calendar(n));
        message.setContent(parts);
      } else {
        message.setText(body, "UTF-8");
      }
      Transport.send(message);
    } catch (MessagingException e) {
      throw new MailNotSentException(e.getMessage(), e);
    }
  }

  private MimeBodyPart calendar(Notice n) throws MessagingException {
    String ics =
        MeetingCalendar.of(n.meeting(), from, n.email(), n.name(), n.link(), clock.instant());
    String type = "text/calendar; charset=UTF-8; method=" + MeetingCalendar.method(n.meeting());
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(
        new DataHandler(new ByteArrayDataSource(ics.getBytes(StandardCharsets.UTF_8), type)));
    part.setHeader("Content-Type", type + "; name=meeting.ics");
    part.setDisposition(Part.ATTACHMENT);
    part.setFileName("meeting.ics");
    return part;
  }
}
