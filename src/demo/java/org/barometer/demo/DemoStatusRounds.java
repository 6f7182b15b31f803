package org.barometer.demo;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barometer.actionplan.application.PlanLanguage;
import org.barometer.actionplan.application.ReportForm;
import org.barometer.actionplan.application.RoundMail;
import org.barometer.actionplan.application.RoundViews;
import org.barometer.actionplan.application.StatusRoundService;
import org.barometer.actionplan.application.StatusRounds;
import org.barometer.actionplan.domain.ActivityStatus;
import org.barometer.platform.i18n.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A December 2026 status round in progress on each demo action plan that has owners and no round
 * yet: the first owner has reported (one activity red, with its cause and recommended action), the
 * second their first activity (green), the rest not yet. Each owner's personal link is written to
 * the log, as the demo has no mail server, so the owner's page can be tried.
 *
 * <p>A servlet of its own that starts after {@link DemoStartup} (load-on-startup 101 after 100), so
 * that the demo's action plans, made by the demo loader, are there; with none, it does nothing.
 */
@WebServlet(urlPatterns = "/demo-status-rounds", loadOnStartup = 101)
public class DemoStatusRounds extends HttpServlet {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(DemoStatusRounds.class.getName());

  @Inject
  @ConfigProperty(name = "barometer.demo", defaultValue = "false")
  transient boolean enabled;

  @Inject transient StatusRoundService service;
  @Inject transient StatusRounds rounds;
  @Inject transient PlanLanguage languages;

  @Override
  public void init() {
    if (!enabled) {
      return;
    }
    try {
      for (RoundViews.ActionPlanRounds plan : service.actionPlans()) {
        if (plan.rounds().isEmpty() && plan.owners() > 0) {
          load(plan);
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "Loading the demo status rounds failed", e);
    }
  }

  private void load(RoundViews.ActionPlanRounds plan) {
    boolean swedish = languages.of(plan.planId()) == Language.SV;
    StatusRounds.Opened opened =
        rounds.open(
            plan.id(),
            swedish ? "December 2026" : "Desember 2026",
            LocalDate.of(2026, 12, 15),
            "analyst",
            Instant.now());
    List<RoundMail> mails = opened.mails();
    for (RoundMail mail : mails) {
      LOG.info(() -> "Demo status round: " + mail.name() + " reports at " + mail.link());
    }
    service.send(opened.planId(), mails);
    if (!mails.isEmpty()) {
      reportAll(token(mails.get(0)), swedish);
    }
    if (mails.size() > 2) {
      reportFirst(token(mails.get(1)));
    }
  }

  /** The first owner: the first activity red, with cause and action; the others green. */
  private void reportAll(String token, boolean swedish) {
    List<RoundViews.Item> items = rounds.own(token).activities();
    List<ReportForm> forms = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (i == 0) {
        forms.add(
            new ReportForm(
                items.get(i).id(),
                ActivityStatus.RED,
                swedish
                    ? "Arbetet är försenat: projektledaren har varit sjukskriven sedan oktober,"
                        + " och starten har flyttats till februari."
                    : "Arbeidet er forsinket: prosjektlederen har vært sykmeldt siden oktober,"
                        + " og oppstarten er flyttet til februar.",
                swedish
                    ? "Ta in en ersättare från januari och redovisa en ny tidplan för"
                        + " kommunstyrelsen."
                    : "Sette inn en vikar fra januar og legge fram en ny tidsplan for"
                        + " formannskapet.",
                null));
      } else {
        forms.add(new ReportForm(items.get(i).id(), ActivityStatus.GREEN, null, null, null));
      }
    }
    rounds.report(token, forms, Instant.now());
  }

  /** The second owner: their first activity only, green (part of theirs, if they have more). */
  private void reportFirst(String token) {
    List<RoundViews.Item> items = rounds.own(token).activities();
    if (!items.isEmpty()) {
      rounds.report(
          token,
          List.of(new ReportForm(items.get(0).id(), ActivityStatus.GREEN, null, null, null)),
          Instant.now());
    }
  }

  private static String token(RoundMail mail) {
    return mail.link().substring(mail.link().lastIndexOf('/') + 1);
  }

  @Override
  protected void service(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.sendError(HttpServletResponse.SC_NOT_FOUND);
  }
}
