package org.barometer.meeting.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.barometer.meeting.application.AttendanceService;
import org.barometer.meeting.application.MeetingOverview;
import org.barometer.meeting.application.MeetingService;
import org.barometer.meeting.domain.Attendance;
import org.barometer.meeting.domain.Registrant;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationStatus;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.Messages;

/**
 * The door: a tablet page listing everyone with a seat by name, each with one tap for "here" or
 * "did not come", and a short form for walk-ins.
 */
@Named
@ViewScoped
public class CheckInPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject MeetingService meetings;
  @Inject AttendanceService attendance;

  private long id;
  private String filter;
  private String walkInName;
  private String walkInCompany;
  private String walkInEmail;
  private transient MeetingOverview overview;

  public MeetingOverview getOverview() {
    if (overview == null) {
      overview = meetings.overview(id);
    }
    return overview;
  }

  /** Everyone with a seat and every walk-in, by name, narrowed by what was typed. */
  public List<Registration> getPeople() {
    String wanted = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
    return getOverview().registrations().stream()
        .filter(r -> r.status() == RegistrationStatus.CONFIRMED)
        .filter(
            r ->
                wanted.isEmpty()
                    || (r.registrant().name()
                            + " "
                            + (r.companyName() == null ? "" : r.companyName()))
                        .toLowerCase(Locale.ROOT)
                        .contains(wanted))
        .sorted(Comparator.comparing(r -> r.registrant().name().toLowerCase(Locale.ROOT)))
        .toList();
  }

  public long getArrived() {
    return getOverview().registrations().stream()
        .filter(r -> r.attendance() == Attendance.ATTENDED)
        .count();
  }

  @StaffAction(Role.ORGANISER)
  public void here(long registrationId) {
    Messages.attempt(() -> attendance.checkIn(registrationId));
    overview = null;
  }

  @StaffAction(Role.ORGANISER)
  public void absent(long registrationId) {
    Messages.attempt(() -> attendance.noShow(registrationId));
    overview = null;
  }

  @StaffAction(Role.ORGANISER)
  public void undo(long registrationId) {
    Messages.attempt(() -> attendance.clear(registrationId));
    overview = null;
  }

  @StaffAction(Role.ORGANISER)
  public void walkIn() {
    if (Messages.attempt(
        () ->
            attendance.walkIn(
                id,
                new Registrant(walkInName, walkInEmail, null, walkInCompany, null, null, null),
                getOverview().meeting().details().language()),
        Messages.text("meeting.checkin.walkInAdded", walkInName))) {
      walkInName = null;
      walkInCompany = null;
      walkInEmail = null;
    }
    overview = null;
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }

  public String getFilter() {
    return filter;
  }

  public void setFilter(String filter) {
    this.filter = filter;
  }

  public String getWalkInName() {
    return walkInName;
  }

  public void setWalkInName(String walkInName) {
    this.walkInName = walkInName;
  }

  public String getWalkInCompany() {
    return walkInCompany;
  }

  public void setWalkInCompany(String walkInCompany) {
    this.walkInCompany = walkInCompany;
  }

  public String getWalkInEmail() {
    return walkInEmail;
  }

  public void setWalkInEmail(String walkInEmail) {
    this.walkInEmail = walkInEmail;
  }
}
