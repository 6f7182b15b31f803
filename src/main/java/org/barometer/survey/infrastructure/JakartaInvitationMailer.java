package org.barometer.survey.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import org.barometer.platform.i18n.Language;
import org.barometer.shared.PersonalToken;
import org.barometer.survey.application.InvitationMailer;
import org.barometer.survey.application.MailNotSentException;
import org.barometer.survey.application.PersonalLinks;
import org.barometer.survey.domain.Business;
import org.barometer.survey.domain.SurveyCycle;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Invitations by e-mail through the server's mail session ({@code mail/barometer}, configured in
 * liberty/mail.xml). The text is in the municipality's language with an English line, since the
 * register does not say which language a business prefers; the answer page lets them switch.
 */
@ApplicationScoped
public class JakartaInvitationMailer implements InvitationMailer {

  @Resource(lookup = "mail/barometer")
  private Session session;

  @Inject PersonalLinks links;

  @Inject
  @ConfigProperty(name = "barometer.language", defaultValue = "nb")
  String language;

  @Override
  public void send(SurveyCycle cycle, Business business, PersonalToken token, boolean reminder)
      throws MailNotSentException {
    Language lang = Language.fromTag(language);
    ResourceBundle texts = ResourceBundle.getBundle("org.barometer.messages", lang.locale());
    ResourceBundle english =
        ResourceBundle.getBundle("org.barometer.messages", Language.EN.locale());
    String kind = reminder ? "mail.reminder" : "mail.invitation";
    String link = links.of(token);
    String survey = cycle.survey().name() + " " + cycle.label();
    try {
      MimeMessage message = new MimeMessage(session);
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(business.email()));
      message.setSubject(MessageFormat.format(texts.getString(kind + ".subject"), survey), "UTF-8");
      message.setText(
          MessageFormat.format(texts.getString(kind + ".body"), business.name(), survey, link)
              + "\n\n"
              + MessageFormat.format(
                  english.getString(kind + ".body"), business.name(), survey, link),
          "UTF-8");
      Transport.send(message);
    } catch (MessagingException e) {
      throw new MailNotSentException(e.getMessage(), e);
    }
  }
}
