package org.barometer.meeting.interfaces.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.barometer.meeting.application.EngagementService;
import org.barometer.meeting.application.PrivacyService;
import org.barometer.meeting.domain.Engagement;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.ContentDisposition;
import org.barometer.platform.web.Messages;

/**
 * Businesses and people across meetings, for organisers: a business's engagement over time (from
 * registrations only, never from survey answers), and a person's data exported or erased on their
 * request, with attendance counts left intact.
 */
@Named
@ViewScoped
public class PeoplePage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject EngagementService engagement;
  @Inject PrivacyService privacy;

  private String orgNumber;
  private String email;
  private transient Engagement found;

  @StaffAction(Role.ORGANISER)
  public void showEngagement() {
    Messages.attempt(() -> found = engagement.engagement(orgNumber.strip()));
  }

  /** Sends everything held about the address as a JSON file: a subject access request answered. */
  @StaffAction(Role.ORGANISER)
  public void export() throws IOException {
    if (email == null || email.isBlank()) {
      Messages.error(Messages.text("meeting.people.emailFirst"));
      return;
    }
    byte[] json = privacy.export(email.strip()).getBytes(StandardCharsets.UTF_8);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext out = faces.getExternalContext();
    out.responseReset();
    out.setResponseContentType("application/json; charset=UTF-8");
    out.setResponseHeader(
        "Content-Disposition", ContentDisposition.attachment("personal-data.json"));
    out.setResponseContentLength(json.length);
    out.getResponseOutputStream().write(json);
    faces.responseComplete();
  }

  @StaffAction(Role.ORGANISER)
  public void erase() {
    if (email == null || email.isBlank()) {
      Messages.error(Messages.text("meeting.people.emailFirst"));
      return;
    }
    Messages.attempt(
        () ->
            Messages.info(
                Messages.text("meeting.people.erased", privacy.erase(email.strip()), email)));
  }

  public Engagement getFound() {
    return found;
  }

  public String getOrgNumber() {
    return orgNumber;
  }

  public void setOrgNumber(String orgNumber) {
    this.orgNumber = orgNumber;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
