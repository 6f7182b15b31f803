package org.barometer.actionplan.application;

import java.util.Objects;
import org.barometer.actionplan.domain.Activity;
import org.barometer.actionplan.domain.ActivityOrigin;
import org.barometer.actionplan.domain.Owner;
import org.barometer.actionplan.domain.StatusReport;
import org.barometer.actionplan.domain.StatusRound;

/** Entities to the records that leave a transaction. */
final class Views {

  private Views() {}

  static ActivityView activity(Activity a) {
    ReportView latest = a.latestReport().map(Views::report).orElse(null);
    Owner owner = a.owner().orElse(null);
    return new ActivityView(
        a.id(),
        a.actionPlan().id(),
        a.position(),
        a.title(),
        a.description(),
        a.goalIds().stream().sorted().toList(),
        owner == null ? null : owner.name(),
        owner == null ? null : owner.unit(),
        owner == null ? null : owner.email(),
        a.partners(),
        a.startsOn().orElse(null),
        a.endsOn().orElse(null),
        latest == null ? null : latest.status(),
        latest,
        a.reports().size(),
        a.origins().stream().map(ActivityOrigin::followUpId).filter(Objects::nonNull).toList(),
        a.origins().stream().map(ActivityOrigin::meetingId).filter(Objects::nonNull).toList(),
        a.updatedAt());
  }

  static ReportView report(StatusReport r) {
    return new ReportView(
        r.id(),
        r.status().name(),
        r.cause(),
        r.recommendedAction(),
        r.note(),
        r.reporter(),
        r.reportedAt(),
        r.round().map(StatusRound::id).orElse(null));
  }
}
