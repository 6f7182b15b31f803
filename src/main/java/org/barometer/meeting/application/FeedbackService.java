package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.barometer.meeting.domain.Attendance;
import org.barometer.meeting.domain.Forum;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.MeetingStatus;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationRepository;
import org.barometer.platform.error.ConflictException;
import org.barometer.survey.application.CycleProgress;
import org.barometer.survey.application.InvitationService;
import org.barometer.survey.application.InvitationService.PersonLink;
import org.barometer.survey.application.NewCycle;
import org.barometer.survey.application.NewSurvey;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.domain.SurveyCycle;

/**
 * The short feedback survey after a meeting, on the survey engine: one survey per forum on the
 * {@code meeting-feedback} template, one cycle per meeting, and a personal link mailed to each
 * person marked as attended. Answers are anonymous as in any survey, and results of a meeting with
 * fewer answers than the survey's minimum group size are suppressed like any small group.
 *
 * <p>Sending again reaches those who attended since and those whose mail failed; nobody gets a
 * second link once one was mailed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class FeedbackService {

  static final String TEMPLATE = "meeting-feedback";

  /** Days the feedback cycle is planned to stay open. */
  static final int OPEN_DAYS = 14;

  @Inject MeetingTransactions tx;
  @Inject RegistrationRepository registrations;
  @Inject MeetingService meetings;
  @Inject SurveyService surveys;
  @Inject InvitationService invitations;
  @Inject Notices notices;

  /** What a sending did. */
  public record FeedbackSent(long cycleId, int attended, int mailed, int notMailed) {}

  /** A meeting's feedback cycle and how many were asked and answered. */
  public record FeedbackProgress(long cycleId, long invited, long answered) {}

  /** Mails the feedback survey to everyone marked as attended who has not had it yet. */
  public FeedbackSent send(long meetingId) {
    Meeting meeting = meetings.meeting(meetingId);
    if (meeting.status() == MeetingStatus.CANCELLED) {
      throw new ConflictException("meeting", "The meeting was cancelled");
    }
    Map<Long, Registration> attended =
        tx.inTransaction(() -> registrations.ofMeeting(meetingId)).stream()
            .filter(r -> r.attendance() == Attendance.ATTENDED)
            .filter(r -> r.registrant() != null && r.registrant().email() != null)
            .collect(Collectors.toMap(Registration::id, Function.identity()));
    if (attended.isEmpty()) {
      throw new ConflictException(
          "attendance", "Nobody with an e-mail address is marked as attended yet");
    }
    Forum forum = meetings.forum(meeting.forumId());
    SurveyCycle cycle =
        surveys.openCycle(
            new NewSurvey(surveyCode(forum), surveyName(forum), TEMPLATE, null),
            new NewCycle(
                label(meeting), LocalDate.now(), LocalDate.now().plusDays(OPEN_DAYS), null, null));
    List<PersonLink> links = invitations.invitePeople(cycle.id(), attended.keySet());
    int mailed = 0;
    for (PersonLink link : links) {
      Registration r = attended.get(link.registrationId());
      Notice notice =
          new Notice(
              NoticeKind.FEEDBACK,
              meeting,
              r.id(),
              r.registrant().name(),
              r.registrant().email(),
              r.language(),
              link.link(),
              0,
              false,
              r.retentionDays());
      if (notices.send(List.of(notice)) == 1) {
        invitations.recordMailing(link.invitationId());
        mailed++;
      }
    }
    return new FeedbackSent(cycle.id(), attended.size(), mailed, links.size() - mailed);
  }

  /** The meeting's feedback so far; empty before it was first sent. */
  public Optional<FeedbackProgress> progress(long meetingId) {
    Meeting meeting = meetings.meeting(meetingId);
    Forum forum = meetings.forum(meeting.forumId());
    return surveys
        .cycle(surveyCode(forum), label(meeting))
        .map(
            cycle -> {
              CycleProgress p = surveys.progress(cycle.id());
              return new FeedbackProgress(cycle.id(), p.invited(), p.answered());
            });
  }

  private static String surveyCode(Forum forum) {
    return TEMPLATE + "-" + forum.id();
  }

  private static String surveyName(Forum forum) {
    String name = "Feedback: " + forum.name();
    return name.length() <= 200 ? name : name.substring(0, 199) + "…";
  }

  /** "2027-03-15 #12": the meeting's day and number, unique within its forum. */
  private static String label(Meeting meeting) {
    return meeting.details().start().toLocalDate() + " #" + meeting.id();
  }
}
