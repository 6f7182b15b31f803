package org.barometer.report.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The issued reports, kept as issued. */
public interface ReportArchive {

  IssuedReport store(IssuedReport report);

  /** A plan's reports, the latest day first. */
  List<IssuedReport> ofPlan(String planId);

  Optional<IssuedReport> find(long id);

  /** The report issued last for a day before {@code day}: the one the next report compares with. */
  default Optional<IssuedReport> previous(String planId, LocalDate day) {
    return ofPlan(planId).stream().filter(r -> r.asOf().isBefore(day)).findFirst();
  }
}
