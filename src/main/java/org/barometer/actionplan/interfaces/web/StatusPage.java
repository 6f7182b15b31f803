package org.barometer.actionplan.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.barometer.actionplan.application.ReportForm;
import org.barometer.actionplan.application.RoundViews;
import org.barometer.actionplan.application.StatusRoundService;
import org.barometer.actionplan.domain.ActivityStatus;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.security.Public;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.platform.web.Messages;

/**
 * An activity owner's page behind their personal link, made for a phone: their own activities in
 * the round, each with a status to choose and, for yellow and red, the cause and the recommended
 * action, checked beside the field. Saving stores a report for every activity whose answer changed,
 * all in one transaction. An unknown link and a closed round each end on a page of their own.
 */
@Public
@Named
@ViewScoped
public class StatusPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject StatusRoundService rounds;
  @Inject LanguageChoice language;

  private String token;
  private boolean unknown;
  private RoundViews.OwnPage page;
  private final Map<Long, String> status = new HashMap<>();
  private final Map<Long, String> cause = new HashMap<>();
  private final Map<Long, String> action = new HashMap<>();
  private final Map<Long, String> note = new HashMap<>();
  private final Map<String, String> problems = new HashMap<>();
  private boolean saved;
  private boolean nothingChosen;

  public void load() {
    if (page != null || unknown) {
      return;
    }
    try {
      show(rounds.own(token));
    } catch (NotFoundException e) {
      unknown = true;
    }
  }

  /** Saves the reports that changed; the problems stay beside their fields. */
  public void save() {
    problems.clear();
    saved = false;
    nothingChosen = false;
    List<ReportForm> forms = new ArrayList<>();
    for (RoundViews.Item item : page.activities()) {
      String chosen = status.get(item.id());
      if (chosen == null || chosen.isBlank()) {
        continue;
      }
      ActivityStatus s = ActivityStatus.valueOf(chosen);
      String c = strip(cause.get(item.id()));
      String a = strip(action.get(item.id()));
      String n = strip(note.get(item.id()));
      if (s.needsExplanation() && c == null) {
        problems.put(item.id() + ".cause", Messages.text("round.own.causeRequired"));
      }
      if (s.needsExplanation() && a == null) {
        problems.put(item.id() + ".action", Messages.text("round.own.actionRequired"));
      }
      boolean same =
          chosen.equals(item.status())
              && Objects.equals(s.needsExplanation() ? c : null, item.cause())
              && Objects.equals(s.needsExplanation() ? a : null, item.recommendedAction())
              && Objects.equals(n, item.note());
      if (!same) {
        forms.add(
            new ReportForm(
                item.id(), s, s.needsExplanation() ? c : null, s.needsExplanation() ? a : null, n));
      }
    }
    if (!problems.isEmpty()) {
      return;
    }
    if (forms.isEmpty()) {
      nothingChosen = page.activities().stream().noneMatch(RoundViews.Item::reported);
      saved = !nothingChosen;
      return;
    }
    try {
      show(rounds.report(token, forms));
      saved = true;
    } catch (NotFoundException e) {
      unknown = true;
    } catch (ConflictException e) {
      show(rounds.own(token));
    } catch (InvalidInputException e) {
      Messages.error(e.getMessage());
    }
  }

  private void show(RoundViews.OwnPage own) {
    page = own;
    for (RoundViews.Item item : own.activities()) {
      if (item.reported()) {
        status.put(item.id(), item.status());
        cause.put(item.id(), item.cause());
        action.put(item.id(), item.recommendedAction());
        note.put(item.id(), item.note());
      }
    }
  }

  private static String strip(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** The problem with a field of an activity ("cause", "action"), or null. */
  public String problem(long activityId, String field) {
    return problems.get(activityId + "." + field);
  }

  public List<String> getStatuses() {
    return List.of("GREEN", "YELLOW", "RED", "DONE", "CANCELLED");
  }

  public String getReportBy() {
    return page.reportBy()
        .format(
            DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(language.getLocale()));
  }

  public long getReportedCount() {
    return page.activities().stream().filter(RoundViews.Item::reported).count();
  }

  public RoundViews.OwnPage getPage() {
    if (page == null && !unknown && token != null) {
      load();
    }
    return page;
  }

  public boolean isUnknown() {
    return unknown;
  }

  public boolean isClosed() {
    return page != null && !page.open();
  }

  public boolean isSaved() {
    return saved;
  }

  public boolean isNothingChosen() {
    return nothingChosen;
  }

  public boolean isHasProblems() {
    return !problems.isEmpty();
  }

  public Map<Long, String> getStatus() {
    return status;
  }

  public Map<Long, String> getCause() {
    return cause;
  }

  public Map<Long, String> getAction() {
    return action;
  }

  public Map<Long, String> getNote() {
    return note;
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
