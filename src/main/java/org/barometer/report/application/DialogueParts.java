package org.barometer.report.application;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.barometer.report.application.DialogueSummary.HeldMeeting;
import org.barometer.report.application.ReportModel.DialoguePart;
import org.barometer.report.application.ReportModel.FollowUpLine;

/**
 * The dialogue with businesses in the report's year, from the meeting records through {@link
 * DialogueSummary}: meetings held, businesses taking part counted by industry and size, and the
 * follow-up points with what became of them.
 */
final class DialogueParts {

  private final DialogueSummary dialogue;
  private final ReportWords words;

  DialogueParts(DialogueSummary dialogue, ReportWords words) {
    this.dialogue = dialogue;
    this.words = words;
  }

  DialoguePart of(String planId, LocalDate day) {
    List<HeldMeeting> held = dialogue.meetingsHeld(planId, day);
    Map<Long, HeldMeeting> byId = new HashMap<>();
    held.forEach(m -> byId.put(m.id(), m));
    Map<String, Map<String, Integer>> businesses = new TreeMap<>();
    List<DialogueSummary.TakingPart> taking = dialogue.businessesTakingPart(planId, day);
    int notInRegister = 0;
    for (DialogueSummary.TakingPart b : taking) {
      if (b.industry().isEmpty()) {
        notInRegister++;
        continue;
      }
      String size = b.size().isEmpty() ? words.text("report.dialogue.unknown") : b.size();
      businesses.computeIfAbsent(b.industry(), k -> new TreeMap<>()).merge(size, 1, Integer::sum);
    }
    return new DialoguePart(
        held.size(),
        held.stream()
            .map(
                m ->
                    words.text(
                        "report.dialogue.meeting",
                        words.date(m.day()),
                        m.title(),
                        m.businessesAttending()))
            .toList(),
        taking.size(),
        businesses,
        notInRegister,
        dialogue.followUps(planId, day).stream()
            .map(
                f ->
                    new FollowUpLine(
                        f.text(),
                        byId.containsKey(f.meetingId()) ? byId.get(f.meetingId()).title() : "",
                        words.date(f.dueOn()),
                        words.text(
                            "report.followUp."
                                + (f.status().equals("OPEN") && f.dueOn().isBefore(day)
                                    ? "OVERDUE"
                                    : f.status()))))
            .toList());
  }
}
