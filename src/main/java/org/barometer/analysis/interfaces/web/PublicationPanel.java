package org.barometer.analysis.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Optional;
import org.barometer.analysis.application.ResultsPublication;
import org.barometer.analysis.domain.Publication;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.platform.web.Messages;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.domain.CycleStatus;
import org.barometer.survey.domain.SurveyCycle;

/**
 * The box on a cycle's results page where analysts publish the cycle's results to the public page
 * ({@link PublicResultsPage}) and withdraw them; every staff role sees whether and since when they
 * are public.
 */
@Named
@RequestScoped
public class PublicationPanel {

  @Inject ResultsPublication publication;
  @Inject SurveyService surveys;
  @Inject LanguageChoice language;

  /**
   * The cycle of the page: its {@code id} parameter, from the address on the first request and from
   * the form's hidden field on a post (before the page's own view parameter is applied).
   */
  long cycleId() {
    return postedCycle();
  }

  /** The page's {@code id} request parameter as a cycle id; not found when it is none. */
  static long postedCycle() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException | NullPointerException e) {
      throw new org.barometer.platform.error.NotFoundException("No cycle " + id);
    }
  }

  /** An open cycle's page shows live results; publishing is for later. */
  public boolean isOpen() {
    return surveys.cycle(cycleId()).status() == CycleStatus.OPEN;
  }

  public boolean isClosed() {
    return closed(cycleId());
  }

  public boolean isPublished() {
    return published(cycleId());
  }

  public String getSince() {
    return since(cycleId());
  }

  public String getPage() {
    return page(cycleId());
  }

  public long getCycle() {
    return cycleId();
  }

  boolean closed(long cycleId) {
    return surveys.cycle(cycleId).status() == CycleStatus.CLOSED;
  }

  Optional<Publication> current(long cycleId) {
    List<Publication> all = publication.history(cycleId);
    return all.stream().filter(Publication::current).findFirst();
  }

  boolean published(long cycleId) {
    return current(cycleId).isPresent();
  }

  /** "Published by analyst on 7 Dec 2026, 10:00." */
  String since(long cycleId) {
    return current(cycleId)
        .map(
            p ->
                Messages.text(
                    "published.staff.since",
                    p.publishedBy(),
                    DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(language.getLocale())
                        .format(p.publishedAt().atZone(ZoneId.systemDefault()))))
        .orElse("");
  }

  /** The public page's address, relative to a page under /staff/results/. */
  String page(long cycleId) {
    SurveyCycle cycle = surveys.cycle(cycleId);
    return "../../results.xhtml?survey="
        + URLEncoder.encode(cycle.survey().code(), StandardCharsets.UTF_8)
        + "&cycle="
        + URLEncoder.encode(cycle.label(), StandardCharsets.UTF_8);
  }

  @StaffAction(Role.ANALYST)
  public void publish() {
    long cycleId = cycleId();
    Messages.attempt(() -> publication.publish(cycleId, user()));
  }

  @StaffAction(Role.ANALYST)
  public void withdraw() {
    long cycleId = cycleId();
    Messages.attempt(() -> publication.withdraw(cycleId, user()));
  }

  private static String user() {
    return FacesContext.getCurrentInstance().getExternalContext().getUserPrincipal().getName();
  }
}
