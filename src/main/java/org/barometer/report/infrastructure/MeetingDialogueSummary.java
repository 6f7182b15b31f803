package org.barometer.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.barometer.meeting.application.DialogueYear;
import org.barometer.report.application.DialogueSummary;

/** The report's port to the dialogue, answered by the meeting feature's {@link DialogueYear}. */
@ApplicationScoped
public class MeetingDialogueSummary implements DialogueSummary {

  @Inject DialogueYear year;

  protected MeetingDialogueSummary() {}

  public MeetingDialogueSummary(DialogueYear year) {
    this.year = year;
  }

  @Override
  public List<HeldMeeting> meetingsHeld(String planId, LocalDate day) {
    return year.held(planId, day).stream()
        .map(h -> new HeldMeeting(h.id(), h.day(), h.title(), h.businesses().size()))
        .toList();
  }

  @Override
  public List<TakingPart> businessesTakingPart(String planId, LocalDate day) {
    return year.participants(planId, day).stream()
        .map(p -> new TakingPart(p.industry(), p.size()))
        .toList();
  }

  @Override
  public List<FollowUpPoint> followUps(String planId, LocalDate day) {
    return year.followUps(planId, day).stream()
        .map(p -> new FollowUpPoint(p.text(), p.meetingId(), p.dueOn(), p.status()))
        .toList();
  }
}
