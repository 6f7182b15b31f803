package org.barometer.actionplan.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.barometer.actionplan.application.RoundMail;
import org.barometer.actionplan.application.RoundMailer;
import org.barometer.platform.i18n.Language;
import org.barometer.survey.application.MailNotSentException;

/**
 * Status round mails through the server's mail session ({@code mail/barometer}, as survey
 * invitations and meeting mails), in the language of the plan's municipality: the round, the day to
 * report by, the owner's activities and their personal link.
 */
@ApplicationScoped
public class JakartaRoundMailer implements RoundMailer {

  @Resource(lookup = "mail/barometer")
  private Session session;

  @Override
  public void send(RoundMail mail, Language language) throws MailNotSentException {
    try {
      MimeMessage message = new MimeMessage(session);
      message.setRecipient(
          Message.RecipientType.TO, new InternetAddress(mail.email(), mail.name(), "UTF-8"));
      message.setSubject(subject(mail, language), "UTF-8");
      message.setText(body(mail, language), "UTF-8");
      Transport.send(message);
    } catch (MessagingException | java.io.UnsupportedEncodingException e) {
      throw new MailNotSentException(e.getMessage(), e);
    }
  }

  static String subject(RoundMail mail, Language language) {
    return MessageFormat.format(
        texts(language).getString(key(mail) + ".subject"), mail.roundTitle(), day(mail, language));
  }

  static String body(RoundMail mail, Language language) {
    String activities =
        mail.activities().stream().map(t -> "  • " + t).collect(Collectors.joining("\n"));
    return MessageFormat.format(
        texts(language).getString(key(mail) + ".body"),
        mail.name(),
        mail.roundTitle(),
        mail.actionPlanTitle(),
        day(mail, language),
        activities,
        mail.link());
  }

  private static String key(RoundMail mail) {
    return mail.reminder() ? "round.mail.reminder" : "round.mail.invitation";
  }

  private static String day(RoundMail mail, Language language) {
    return mail.reportBy()
        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.locale()));
  }

  private static ResourceBundle texts(Language language) {
    return ResourceBundle.getBundle("org.barometer.messages", language.locale());
  }
}
