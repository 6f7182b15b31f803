package org.barometer.actionplan.interfaces.web;

import java.io.Serializable;
import java.time.LocalDate;
import org.barometer.actionplan.application.NewActionPlan;

/**
 * What the action plan page's last form holds: another action plan to start; left empty, the
 * service gives the calendar year and its usual title.
 */
public class ActionPlanForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private LocalDate startsOn;
  private LocalDate endsOn;

  NewActionPlan actionPlan() {
    return new NewActionPlan(title, startsOn, endsOn);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }
}
