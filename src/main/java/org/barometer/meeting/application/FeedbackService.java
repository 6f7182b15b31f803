package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.barometer.meeting.domain.Forum;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.MeetingStatus;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationRepository;
import org.barometer.platform.error.ConflictException;
import org.barometer.survey.application.CycleProgress;
import org.barometer.survey.application.InvitationService;
import org.barometer.survey.application.InvitationService.AnonymousLink;
import org.barometer.survey.application.NewCycle;
import org.barometer.survey.application.NewSurvey;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.domain.SurveyCycle;

/**
 * The short feedback survey after a meeting, on the survey engine: one survey per forum on the
 * {@code meeting-feedback} template, one cycle per meeting, and a personal link mailed to each
 * person marked as attended. Results of a meeting with fewer answers than the survey's minimum
 * group size are suppressed like any small group.
 *
 * <p>The links name nobody ({@code InvitationService#issueAnonymousLinks}): the links of a sending
 * are dealt out in a random order and only the fact that a person was mailed is kept ({@link
 * FeedbackMails}), so the database cannot tell whose answer is whose, or even who answered. Sending
 * again reaches those marked as attended since and those whose mail failed (their link is
 * withdrawn); nobody gets a second link once one was mailed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class FeedbackService {

  static final String TEMPLATE = "meeting-feedback";

  /** Days the feedback cycle is planned to stay open. */
  static final int OPEN_DAYS = 14;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Inject MeetingTransactions tx;
  @Inject RegistrationRepository registrations;
  @Inject MeetingService meetings;
  @Inject SurveyService surveys;
  @Inject InvitationService invitations;
  @Inject Notices notices;
  @Inject FeedbackMails mailings;

  Clock clock = Clock.systemUTC();

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
    List<Registration> attended = Attendees.withAddress(tx, registrations, meetingId);
    Forum forum = meetings.forum(meeting.forumId());
    SurveyCycle cycle =
        surveys.openCycle(
            new NewSurvey(surveyCode(forum), surveyName(forum), TEMPLATE, null),
            new NewCycle(
                label(meeting), LocalDate.now(), LocalDate.now().plusDays(OPEN_DAYS), null, null));
    Set<Long> mailedBefore = tx.inTransaction(() -> mailings.mailed(cycle.id()));
    List<Registration> due = attended.stream().filter(r -> !mailedBefore.contains(r.id())).toList();
    List<AnonymousLink> links =
        new ArrayList<>(invitations.issueAnonymousLinks(cycle.id(), due.size()));
    Collections.shuffle(links, RANDOM);
    List<Long> mailed = new ArrayList<>();
    for (int i = 0; i < due.size(); i++) {
      Registration r = due.get(i);
      Notice notice =
          new Notice(
              NoticeKind.FEEDBACK,
              meeting,
              r.id(),
              r.registrant().name(),
              r.registrant().email(),
              r.language(),
              links.get(i).link(),
              0,
              false,
              r.retentionDays());
      if (notices.send(List.of(notice)) == 1) {
        mailed.add(r.id());
      } else {
        invitations.withdraw(links.get(i).invitationId());
      }
    }
    Instant sentAt = clock.instant();
    tx.run(() -> mailings.record(cycle.id(), mailed, sentAt));
    return new FeedbackSent(cycle.id(), attended.size(), mailed.size(), due.size() - mailed.size());
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
