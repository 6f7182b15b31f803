package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.barometer.meeting.domain.Attendance;
import org.barometer.meeting.domain.FollowUp;
import org.barometer.meeting.domain.Forum;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.ParticipantKind;
import org.barometer.meeting.domain.Registration;
import org.barometer.survey.domain.register.NaceCode;
import org.barometer.survey.domain.register.SizeClass;

/**
 * A calendar year of the dialogue with businesses as the yearly report to the council tells it: the
 * meetings held, the businesses that took part counted by industry and size (from the register;
 * never a person), and the follow-up points agreed. Counted up to a day, so a report for 1 December
 * leaves out a meeting on 10 December.
 */
@ApplicationScoped
public class DialogueYear {

  /** A meeting held: not cancelled, and ended on or before the day (in its own zone). */
  public record Held(long id, LocalDate day, String title, Set<String> businesses) {}

  /** A business taking part: its industry section (A–U) and size band, empty when not known. */
  public record Participant(String industry, String size) {}

  /** A follow-up point of a meeting held, with its status (OPEN, DONE, DROPPED). */
  public record Point(long meetingId, String text, LocalDate dueOn, String status) {}

  MeetingService meetings;
  MinutesService minutes;
  MeetingTransactions tx;
  RegisterLookup register;

  protected DialogueYear() {}

  @Inject
  public DialogueYear(
      MeetingService meetings,
      MinutesService minutes,
      MeetingTransactions tx,
      RegisterLookup register) {
    this.meetings = meetings;
    this.minutes = minutes;
    this.tx = tx;
    this.register = register;
  }

  /**
   * The meetings of a plan's dialogue held in the day's year up to the day, earliest first: those
   * of a forum that serves one of the plan's goals, and those whose follow-up points name one, so
   * that one municipality's report never counts another's meetings.
   */
  public List<Held> held(String planId, LocalDate day) {
    return meetings.forums().stream()
        .flatMap(
            f ->
                meetings.meetings(f.id()).stream()
                    .filter(m -> serves(f, planId) || followsUp(m.id(), planId)))
        .filter(m -> !m.cancelled())
        .filter(m -> m.details().start().getYear() == day.getYear())
        .filter(m -> !m.details().zonedEnd().toLocalDate().isAfter(day))
        .sorted(Comparator.comparing((Meeting m) -> m.details().start()))
        .map(
            m ->
                new Held(
                    m.id(),
                    m.details().zonedStart().toLocalDate(),
                    m.details().title(),
                    businesses(m.id())))
        .toList();
  }

  /** Each business that took part in those meetings, once, by industry and size. */
  public List<Participant> participants(String planId, LocalDate day) {
    Set<String> orgs = new LinkedHashSet<>();
    held(planId, day).forEach(h -> orgs.addAll(h.businesses()));
    List<RegisterLookup.BusinessProfile> known =
        tx.inTransaction(() -> register.profiles(List.copyOf(orgs)));
    List<Participant> out = new java.util.ArrayList<>();
    for (RegisterLookup.BusinessProfile p : known) {
      out.add(new Participant(section(p.nace()), SizeClass.of(Math.max(0, p.employees())).code()));
    }
    for (int i = known.size(); i < orgs.size(); i++) {
      out.add(new Participant("", ""));
    }
    return out;
  }

  /** The follow-up points agreed at those meetings. */
  public List<Point> followUps(String planId, LocalDate day) {
    return held(planId, day).stream()
        .flatMap(h -> minutes.followUps(h.id()).stream())
        .map((FollowUp f) -> new Point(f.meetingId(), f.text(), f.dueOn(), f.status().name()))
        .toList();
  }

  private static boolean serves(Forum forum, String planId) {
    return forum.goals().stream().anyMatch(g -> g.planId().equals(planId));
  }

  private boolean followsUp(long meetingId, String planId) {
    return minutes.followUps(meetingId).stream()
        .anyMatch(f -> f.goal() != null && f.goal().planId().equals(planId));
  }

  private Set<String> businesses(long meetingId) {
    Set<String> orgs = new LinkedHashSet<>();
    for (Registration r : meetings.overview(meetingId).registrations()) {
      boolean business =
          r.registrant() == null || r.registrant().kind() == ParticipantKind.BUSINESS;
      if (r.attendance() == Attendance.ATTENDED && business && r.orgNumber() != null) {
        orgs.add(r.orgNumber());
      }
    }
    return orgs;
  }

  private static String section(String nace) {
    try {
      return String.valueOf(NaceCode.parse(nace).section());
    } catch (RuntimeException e) {
      return "";
    }
  }
}
