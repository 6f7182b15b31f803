package org.barometer.meeting.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.barometer.meeting.application.RegistrationService;
import org.barometer.meeting.application.RegistrationView;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.security.Public;
import org.barometer.platform.web.LanguageChoice;

/**
 * A person's own registration behind their personal link: the meeting, their seat or place on the
 * waiting list, and a button to cancel, which gives the seat to the first who waits.
 */
@Public
@Named
@ViewScoped
public class RegistrationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject RegistrationService registrations;
  @Inject LanguageChoice language;

  private String token;
  private transient RegistrationView view;
  private boolean unknown;
  private boolean cancelledNow;

  public void load() {
    try {
      view = registrations.find(token);
    } catch (NotFoundException | IllegalArgumentException e) {
      unknown = true;
    }
  }

  public void cancel() {
    registrations.cancel(token);
    cancelledNow = true;
    view = registrations.find(token);
  }

  public String getWhen() {
    return MeetingTimes.span(view.meeting().details(), language.getLocale());
  }

  public RegistrationView getView() {
    if (view == null && !unknown && token != null) {
      load();
    }
    return view;
  }

  public boolean isUnknown() {
    return unknown;
  }

  public boolean isCancelledNow() {
    return cancelledNow;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
