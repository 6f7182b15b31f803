package org.barometer.meeting.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.barometer.meeting.application.MeetingInvitations;
import org.barometer.meeting.domain.Guest;
import org.barometer.meeting.domain.ParticipantKind;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.Messages;

/**
 * The invitations part of the organiser's meeting page ({@link MeetingAdminPage}): businesses of
 * the register by org number, and one person at a time from outside it by e-mail.
 */
@Named
@ViewScoped
public class MeetingInvitationsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MeetingInvitations invitations;
  @Inject MeetingAdminPage page;

  private String invitees;
  private String guestName;
  private String guestEmail;
  private String guestOrganisation;
  private String guestKind = ParticipantKind.POLITICIAN.name();
  private transient List<Guest> guests;

  /** Invites the businesses of the register by organisation number, one per line or comma. */
  @StaffAction(Role.ORGANISER)
  public void invite() {
    List<String> numbers =
        invitees == null
            ? List.of()
            : Arrays.stream(invitees.split("[,;\\r\\n]+"))
                .map(String::strip)
                .filter(n -> !n.isBlank())
                .toList();
    if (numbers.isEmpty()) {
      Messages.error(Messages.text("meeting.staff.inviteFirst"));
      return;
    }
    Messages.attempt(
        () ->
            Messages.info(
                Messages.text("meeting.staff.invited", invitations.invite(page.getId(), numbers))));
    invitees = null;
    page.forgetOverview();
  }

  /** Invites one person from outside the business register by e-mail. */
  @StaffAction(Role.ORGANISER)
  public void inviteGuest() {
    if (Messages.attempt(
        () ->
            Messages.info(
                Messages.text(
                    "meeting.staff.guestInvited",
                    invitations.inviteGuests(
                        page.getId(),
                        List.of(
                            new Guest(
                                guestName,
                                guestEmail,
                                guestOrganisation,
                                ParticipantKind.of("kind", guestKind)))))))) {
      guestName = null;
      guestEmail = null;
      guestOrganisation = null;
    }
    guests = null;
  }

  /** The people from outside the register invited so far. */
  public List<Guest> getGuests() {
    if (guests == null) {
      guests = invitations.guests(page.getId());
    }
    return guests;
  }

  /** The kinds a guest may be: everyone but a business. */
  public List<String> getGuestKinds() {
    return Arrays.stream(ParticipantKind.values())
        .filter(k -> !k.business())
        .map(Enum::name)
        .toList();
  }

  public String getInvitees() {
    return invitees;
  }

  public void setInvitees(String invitees) {
    this.invitees = invitees;
  }

  public String getGuestName() {
    return guestName;
  }

  public void setGuestName(String guestName) {
    this.guestName = guestName;
  }

  public String getGuestEmail() {
    return guestEmail;
  }

  public void setGuestEmail(String guestEmail) {
    this.guestEmail = guestEmail;
  }

  public String getGuestOrganisation() {
    return guestOrganisation;
  }

  public void setGuestOrganisation(String guestOrganisation) {
    this.guestOrganisation = guestOrganisation;
  }

  public String getGuestKind() {
    return guestKind;
  }

  public void setGuestKind(String guestKind) {
    this.guestKind = guestKind;
  }
}
