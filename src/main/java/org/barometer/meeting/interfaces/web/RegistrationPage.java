package org.barometer.meeting.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.barometer.meeting.application.PendingView;
import org.barometer.meeting.application.RegistrationService;
import org.barometer.meeting.application.RegistrationView;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.RegistrationRefusedException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.security.Public;
import org.barometer.platform.web.LanguageChoice;

/**
 * A person's own registration behind their personal link: the meeting, their seat or place on the
 * waiting list, and a button to cancel, which gives the seat to the first who waits. Before the
 * registration is confirmed, the same link shows the meeting and a button to confirm it.
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
  private transient PendingView pending;
  private String refusal;
  private boolean unknown;
  private boolean cancelledNow;

  public void load() {
    try {
      pending = registrations.pending(token).orElse(null);
      if (pending == null) {
        view = registrations.find(token);
      }
    } catch (NotFoundException | IllegalArgumentException e) {
      unknown = true;
    }
  }

  /** Confirms a registration from the link mailed to its address: a seat, or a place in line. */
  public void confirm() {
    try {
      registrations.confirm(token);
      pending = null;
      view = registrations.find(token);
    } catch (NotFoundException e) {
      unknown = true;
    } catch (RegistrationRefusedException e) {
      refusal = e.reason().name();
    }
  }

  public void cancel() {
    registrations.cancel(token);
    cancelledNow = true;
    view = registrations.find(token);
  }

  public String getWhen() {
    Meeting meeting = pending != null ? pending.meeting() : view.meeting();
    return MeetingTimes.span(meeting.details(), language.getLocale());
  }

  public RegistrationView getView() {
    if (view == null && pending == null && !unknown && token != null) {
      load();
    }
    return view;
  }

  /** The registration waiting for confirmation behind the link, or null. */
  public PendingView getPending() {
    return pending;
  }

  /** Why confirming was refused (the deadline passed meanwhile, the meeting cancelled), or null. */
  public String getRefusal() {
    return refusal;
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
