package org.barometer.report.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.barometer.goals.application.Plans;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.i18n.Language;
import org.barometer.report.domain.IssuedReport;
import org.barometer.report.domain.ReportArchive;
import org.barometer.shared.Country;

/**
 * Issues a plan's yearly report for a day and keeps it as issued. The files are written once, when
 * issued, and stored with the day, the plan version, the language and who issued it: fetching a
 * report later gives those bytes, never a report written again from what Barometer holds then.
 */
@ApplicationScoped
public class ReportService {

  @Inject ReportCollector collector;
  @Inject ReportArchive archive;
  @Inject Plans plans;
  @Inject Clock clock;

  protected ReportService() {}

  public ReportService(ReportCollector collector, ReportArchive archive, Plans plans, Clock clock) {
    this.collector = collector;
    this.archive = archive;
    this.plans = plans;
    this.clock = clock;
  }

  /**
   * Writes and stores the report of a plan as of a day.
   *
   * @param language nb, sv or en; empty for the municipality's (bokmål in Norway, Swedish in
   *     Sweden)
   * @throws NotFoundException when there is no such plan
   * @throws InvalidInputException ({@code asOf}) for a day after today, whose figures could still
   *     change
   */
  public IssuedReport issue(String planId, LocalDate asOf, Optional<String> language, String by) {
    if (asOf == null) {
      throw new InvalidInputException("asOf", "Give the day the report is as of.");
    }
    if (asOf.isAfter(today())) {
      throw new InvalidInputException(
          "asOf", "A report can only be issued for today or a day before.");
    }
    Language lang = language(planId, language);
    ReportModel model = collector.collect(planId, asOf, lang, archive.previous(planId, asOf));
    byte[] pdf = PdfReport.of(model);
    byte[] docx = DocxReport.of(model);
    return archive.store(
        new IssuedReport(
            planId,
            asOf,
            model.planVersion(),
            lang.tag(),
            by,
            Instant.now(clock),
            model.title(),
            model.statuses(),
            pdf,
            docx));
  }

  /**
   * Today in the municipalities' civil time, which activities' reports are counted by ({@link
   * ActivityParts}): after 23:00 UTC in winter it is already tomorrow in Norway and Sweden.
   */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(ActivityParts.CIVIL));
  }

  /** The plan's issued reports, the latest day first. */
  public List<IssuedReport> reports(String planId) {
    plans.plan(planId);
    return archive.ofPlan(planId);
  }

  /**
   * @throws NotFoundException when the plan has no such report
   */
  public IssuedReport report(String planId, long id) {
    return archive
        .find(id)
        .filter(r -> r.planId().equals(planId))
        .orElseThrow(
            () -> new NotFoundException("The plan " + planId + " has no report " + id + "."));
  }

  private Language language(String planId, Optional<String> wanted) {
    if (wanted.isPresent() && !wanted.get().isBlank()) {
      String tag = wanted.get().strip().toLowerCase(Locale.ROOT);
      if (!List.of("nb", "sv", "en").contains(tag)) {
        throw new InvalidInputException("language", "The language is nb, sv or en.");
      }
      return Language.fromTag(tag);
    }
    return plans.plan(planId).municipality().country() == Country.SE ? Language.SV : Language.NB;
  }
}
