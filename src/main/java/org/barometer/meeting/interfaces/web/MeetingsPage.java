package org.barometer.meeting.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.barometer.meeting.application.MeetingService;
import org.barometer.meeting.application.MinutesService;
import org.barometer.meeting.domain.Access;
import org.barometer.meeting.domain.Forum;
import org.barometer.meeting.domain.GoalLink;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.MeetingDetails;
import org.barometer.platform.i18n.Language;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.platform.web.Messages;

/**
 * The organiser's start page: meetings to come and those that are over (for their minutes), and
 * forms for a new forum and a new meeting.
 */
@Named
@ViewScoped
public class MeetingsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The municipalities' zones: Norway's and Sweden's clocks are the same, named apart. */
  public static final List<String> ZONES = List.of("Europe/Oslo", "Europe/Stockholm");

  @Inject MeetingService meetings;
  @Inject MinutesService minutes;
  @Inject LanguageChoice language;

  private String forumName;
  private String forumOrganiser;
  private String forumDescription;
  private Integer forumMeetsEvery;
  private List<String> forumGoals = new java.util.ArrayList<>();

  private Long edit;
  private boolean notify = true;
  private Long forumId;
  private String title;
  private String description;
  private String agenda;
  private LocalDateTime start;
  private LocalDateTime end;
  private String zone = ZONES.get(0);
  private String place;
  private String videoLink;
  private Integer capacity;
  private LocalDateTime deadline;
  private String access = Access.OPEN.name();
  private String meetingLanguage = Language.NB.tag();

  public List<Meeting> getUpcoming() {
    return meetings.upcoming();
  }

  private transient List<Meeting> past;

  /** Meetings that are over, the latest first: their minutes are written after. */
  public List<Meeting> getPast() {
    if (past == null) {
      past = meetings.past();
    }
    return past;
  }

  public List<Forum> getForums() {
    return meetings.forums();
  }

  public String when(Meeting m) {
    return MeetingTimes.span(m.details(), language.getLocale());
  }

  public String forumName(long id) {
    return getForums().stream().filter(f -> f.id() == id).map(Forum::name).findFirst().orElse("");
  }

  @StaffAction(Role.ORGANISER)
  public void createForum() {
    if (Messages.attempt(
        () ->
            meetings.createForum(
                new Forum(
                    null,
                    forumName,
                    forumOrganiser,
                    forumDescription,
                    List.of(),
                    forumMeetsEvery,
                    forumGoals.stream().map(GoalLink::ofKey).toList())),
        Messages.text("meeting.staff.forumCreated", forumName))) {
      forumName = null;
      forumOrganiser = null;
      forumDescription = null;
      forumMeetsEvery = null;
      forumGoals = new java.util.ArrayList<>();
    }
  }

  /** After the view parameters: a meeting to edit fills the form with what it is now. */
  @StaffAction(Role.ORGANISER)
  public void load() {
    if (edit == null) {
      return;
    }
    MeetingDetails d = meetings.meeting(edit).details();
    forumId = meetings.meeting(edit).forumId();
    title = d.title();
    description = d.description();
    agenda = d.agenda();
    start = d.start();
    end = d.end();
    zone = d.zone().getId();
    place = d.place();
    videoLink = d.videoLink();
    capacity = d.capacity();
    deadline = LocalDateTime.ofInstant(d.registrationDeadline(), d.zone());
    access = d.access().name();
    meetingLanguage = d.language().tag();
  }

  /** Creates the meeting, or saves the one being edited (telling everyone registered if asked). */
  @StaffAction(Role.ORGANISER)
  public void saveMeeting() {
    if (forumId == null) {
      Messages.error(Messages.text("meeting.staff.chooseForum"));
      return;
    }
    if (start == null || end == null) {
      Messages.error(Messages.text("meeting.staff.times"));
      return;
    }
    if (edit != null) {
      Messages.attempt(
          () -> meetings.editMeeting(edit, details(), notify),
          Messages.text("meeting.staff.meetingSaved", title));
      return;
    }
    if (Messages.attempt(
        () -> meetings.createMeeting(forumId, details()),
        Messages.text("meeting.staff.meetingCreated", title))) {
      title = null;
      description = null;
      agenda = null;
    }
  }

  private MeetingDetails details() {
    ZoneId zoneId = ZoneId.of(zone);
    return new MeetingDetails(
        title,
        description,
        agenda,
        start,
        end,
        zoneId,
        place,
        videoLink,
        capacity == null ? 0 : capacity,
        (deadline == null ? start : deadline).atZone(zoneId).toInstant(),
        Access.valueOf(access),
        Language.fromTag(meetingLanguage));
  }

  public Integer getForumMeetsEvery() {
    return forumMeetsEvery;
  }

  public void setForumMeetsEvery(Integer forumMeetsEvery) {
    this.forumMeetsEvery = forumMeetsEvery;
  }

  public List<String> getForumGoals() {
    return forumGoals;
  }

  public void setForumGoals(List<String> forumGoals) {
    this.forumGoals = forumGoals == null ? new java.util.ArrayList<>() : forumGoals;
  }

  /** The goals a forum may serve, one group per plan. */
  public List<jakarta.faces.model.SelectItem> getGoalItems() {
    return GoalItems.of(minutes.goalChoices());
  }

  public Long getEdit() {
    return edit;
  }

  public void setEdit(Long edit) {
    this.edit = edit;
  }

  public boolean isNotify() {
    return notify;
  }

  public void setNotify(boolean notify) {
    this.notify = notify;
  }

  public List<String> getZones() {
    return ZONES;
  }

  public String getForumName() {
    return forumName;
  }

  public void setForumName(String forumName) {
    this.forumName = forumName;
  }

  public String getForumOrganiser() {
    return forumOrganiser;
  }

  public void setForumOrganiser(String forumOrganiser) {
    this.forumOrganiser = forumOrganiser;
  }

  public String getForumDescription() {
    return forumDescription;
  }

  public void setForumDescription(String forumDescription) {
    this.forumDescription = forumDescription;
  }

  public Long getForumId() {
    return forumId;
  }

  public void setForumId(Long forumId) {
    this.forumId = forumId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getAgenda() {
    return agenda;
  }

  public void setAgenda(String agenda) {
    this.agenda = agenda;
  }

  public LocalDateTime getStart() {
    return start;
  }

  public void setStart(LocalDateTime start) {
    this.start = start;
  }

  public LocalDateTime getEnd() {
    return end;
  }

  public void setEnd(LocalDateTime end) {
    this.end = end;
  }

  public String getZone() {
    return zone;
  }

  public void setZone(String zone) {
    this.zone = zone;
  }

  public String getPlace() {
    return place;
  }

  public void setPlace(String place) {
    this.place = place;
  }

  public String getVideoLink() {
    return videoLink;
  }

  public void setVideoLink(String videoLink) {
    this.videoLink = videoLink;
  }

  public Integer getCapacity() {
    return capacity;
  }

  public void setCapacity(Integer capacity) {
    this.capacity = capacity;
  }

  public LocalDateTime getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDateTime deadline) {
    this.deadline = deadline;
  }

  public String getAccess() {
    return access;
  }

  public void setAccess(String access) {
    this.access = access;
  }

  public String getMeetingLanguage() {
    return meetingLanguage;
  }

  public void setMeetingLanguage(String meetingLanguage) {
    this.meetingLanguage = meetingLanguage;
  }
}
