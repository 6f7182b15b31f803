package org.barometer.goals.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import org.barometer.goals.application.Plans;
import org.barometer.goals.interfaces.PlanChangesView;
import org.barometer.goals.interfaces.VersionView;
import org.barometer.platform.web.LanguageChoice;

/**
 * A plan's versions, newest first, with who stored each, when, why and from which day it holds, and
 * what changed in the chosen version (the newest unless {@code v} names another) from the one
 * before it: goals, indicators and targets added, removed or changed.
 */
@Named
@RequestScoped
public class PlanVersionsPage {

  @Inject Plans plans;
  @Inject LanguageChoice language;

  private String id;
  private Integer v;
  private List<VersionView> versions;
  private PlanChangesView changes;

  /** Newest first. */
  public List<VersionView> getVersions() {
    if (versions == null) {
      versions =
          new java.util.ArrayList<>(plans.versions(id).stream().map(VersionView::of).toList());
      java.util.Collections.reverse(versions);
    }
    return versions;
  }

  public String getTitle() {
    return plans.plan(id).title();
  }

  /** The version whose changes are shown: the one asked for, else the newest. */
  public int getChosen() {
    int newest = getVersions().get(0).number();
    return v == null || v < 1 || v > newest ? newest : v;
  }

  /** What changed from the version before the chosen one; null for version 1. */
  public PlanChangesView getChanges() {
    if (changes == null && getChosen() > 1) {
      changes =
          PlanChangesView.of(
              id, plans.changes(id, getChosen() - 1, getChosen()), language.getLocale());
    }
    return changes;
  }

  public boolean isUnchanged() {
    PlanChangesView c = getChanges();
    return c != null && c.plan().isEmpty() && c.goals().isEmpty() && c.indicators().isEmpty();
  }

  public String day(LocalDate day) {
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
        .withLocale(language.getLocale())
        .format(day);
  }

  public String time(Instant at) {
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(language.getLocale())
        .withZone(ZoneId.systemDefault())
        .format(at);
  }

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = id;
  }

  public Integer getV() {
    return v;
  }

  public void setV(Integer v) {
    this.v = v;
  }
}
