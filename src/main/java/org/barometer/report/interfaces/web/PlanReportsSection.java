package org.barometer.report.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.Messages;
import org.barometer.report.application.ReportService;
import org.barometer.report.domain.IssuedReport;

/**
 * The issued yearly reports on the plan's page, with their files, and the form an analyst issues
 * one from (the day, today unless changed, and the language, the municipality's unless chosen).
 */
@Named
@RequestScoped
public class PlanReportsSection {

  @Inject ReportService service;

  private static final DateTimeFormatter ISSUED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Oslo"));

  private LocalDate asOf;
  private String language = "";
  private List<IssuedReport> reports;

  public List<IssuedReport> reports(String planId) {
    if (reports == null) {
      reports = service.reports(planId);
    }
    return reports;
  }

  @StaffAction(Role.ANALYST)
  public void issue(String planId) {
    String by = FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    if (Messages.attempt(
        () -> service.issue(planId, asOf, Optional.of(language), by == null ? "" : by),
        Messages.text("report.page.issued"))) {
      reports = null;
    }
  }

  /** When a report was issued, to the minute, in the municipality's time. */
  public String issuedAt(IssuedReport r) {
    return ISSUED.format(r.issuedAt());
  }

  public LocalDate getAsOf() {
    if (asOf == null) {
      asOf = service.today();
    }
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language == null ? "" : language;
  }
}
