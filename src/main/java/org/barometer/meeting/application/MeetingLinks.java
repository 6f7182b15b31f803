package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.barometer.meeting.domain.Meeting;
import org.barometer.shared.PersonalToken;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The addresses meeting e-mails point to, from the server's public address: a registrant's personal
 * link ({@value #REGISTRATION_PATH} + token) and a meeting's registration page.
 */
@ApplicationScoped
public class MeetingLinks {

  /** Where a registrant sees or cancels their registration; the token follows. */
  public static final String REGISTRATION_PATH = "/m/";

  /** Where a meeting's registration form is; the meeting id follows. */
  public static final String MEETING_PATH = "/meetings/";

  @Inject
  @ConfigProperty(name = "barometer.public.url")
  String publicUrl;

  protected MeetingLinks() {}

  public MeetingLinks(String publicUrl) {
    this.publicUrl = publicUrl;
  }

  public String registration(PersonalToken token) {
    return base() + REGISTRATION_PATH + token.value();
  }

  /** The meeting's public page; with its key when it is by invitation. */
  public String meeting(Meeting meeting) {
    return base() + meeting.publicPath();
  }

  private String base() {
    return publicUrl.replaceAll("/+$", "");
  }
}
