package org.barometer.meeting.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Instant;
import org.barometer.meeting.application.MeetingService;
import org.barometer.meeting.application.PendingAnswer;
import org.barometer.meeting.application.RegistrationLimits;
import org.barometer.meeting.application.RegistrationService;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.ParticipantKind;
import org.barometer.meeting.domain.Registrant;
import org.barometer.meeting.domain.RegistrationRefusedException;
import org.barometer.meeting.domain.RegistrationRequest;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.error.TooManyRequestsException;
import org.barometer.platform.security.ClientAddress;
import org.barometer.platform.security.Public;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.platform.web.Messages;

/**
 * A meeting's public page: what, when and where, and the registration form; after sending it, that
 * a link to confirm is on its way by e-mail. Works on a phone, in nb, sv or en.
 */
@Public
@Named
@ViewScoped
public class MeetingPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MeetingService meetings;
  @Inject RegistrationService registrations;
  @Inject RegistrationLimits limits;
  @Inject LanguageChoice language;

  private long id;
  private String key;
  private transient Meeting meeting;
  private boolean unknown;
  private int seatsLeft;
  private PendingAnswer requested;
  private String refusal;

  private String name;
  private String email;
  private String orgNumber;
  private String companyName;
  private String kind = ParticipantKind.BUSINESS.name();
  private String role;
  private String dietaryNeeds;
  private String accessNeeds;
  private boolean consent;

  /** After the view parameter: reads the meeting, or marks the link as unknown. */
  public void load() {
    try {
      var overview = meetings.overview(id);
      if (!overview.meeting().visibleWith(key)) {
        unknown = true;
        return;
      }
      meeting = overview.meeting();
      seatsLeft =
          overview.seats().waiting() > 0
              ? 0
              : Math.max(0, meeting.capacity() - overview.seats().confirmed());
    } catch (NotFoundException e) {
      unknown = true;
    }
  }

  public void register() {
    try {
      var request =
          new RegistrationRequest(
              new Registrant(
                  name,
                  email,
                  orgNumber,
                  companyName,
                  role,
                  dietaryNeeds,
                  accessNeeds,
                  ParticipantKind.of("kind", kind)),
              language.getLanguage(),
              consent);
      var http =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      limits.count(ClientAddress.of(http), id, request.registrant().email());
      requested = registrations.request(id, request);
    } catch (RegistrationRefusedException e) {
      refusal = e.reason().name();
    } catch (TooManyRequestsException e) {
      Messages.error(Messages.text("meeting.page.tooMany", e.retryAfterMinutes()));
    } catch (InvalidInputException e) {
      Messages.error(
          Messages.text("meeting.page.fix", Messages.text("meeting.page.field." + field(e))));
    }
  }

  private static String field(InvalidInputException e) {
    return switch (e.field() == null ? "" : e.field()) {
      case "name", "email", "orgNumber", "companyName", "role", "kind" -> e.field();
      default -> "other";
    };
  }

  /** Why registration is closed now (deadline, cancelled), or null while it is open. */
  public String getClosedReason() {
    if (meeting == null) {
      return null;
    }
    return meeting.registrationRefusal(Instant.now(), true).map(Enum::name).orElse(null);
  }

  public String getWhen() {
    return MeetingTimes.span(meeting.details(), language.getLocale());
  }

  public String getDeadline() {
    return MeetingTimes.at(
        meeting.details().registrationDeadline(), meeting.details().zone(), language.getLocale());
  }

  public int getRetentionDays() {
    return registrations.retentionDays();
  }

  public Meeting getMeeting() {
    return meeting;
  }

  public boolean isUnknown() {
    return unknown;
  }

  public int getSeatsLeft() {
    return seatsLeft;
  }

  /** The answer once the form is sent: a link is on its way by e-mail. */
  public PendingAnswer getRequested() {
    return requested;
  }

  public String getRefusal() {
    return refusal;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  /** The key in the address of a meeting by invitation, as the invitation mail gives it. */
  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getOrgNumber() {
    return orgNumber;
  }

  public void setOrgNumber(String orgNumber) {
    this.orgNumber = orgNumber;
  }

  public String getCompanyName() {
    return companyName;
  }

  public void setCompanyName(String companyName) {
    this.companyName = companyName;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  /** The kinds of participant the form offers, a business first. */
  public java.util.List<String> getKinds() {
    return java.util.Arrays.stream(ParticipantKind.values()).map(Enum::name).toList();
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public String getDietaryNeeds() {
    return dietaryNeeds;
  }

  public void setDietaryNeeds(String dietaryNeeds) {
    this.dietaryNeeds = dietaryNeeds;
  }

  public String getAccessNeeds() {
    return accessNeeds;
  }

  public void setAccessNeeds(String accessNeeds) {
    this.accessNeeds = accessNeeds;
  }

  public boolean isConsent() {
    return consent;
  }

  public void setConsent(boolean consent) {
    this.consent = consent;
  }
}
