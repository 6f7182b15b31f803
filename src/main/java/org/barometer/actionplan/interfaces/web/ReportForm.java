package org.barometer.actionplan.interfaces.web;

import java.io.Serializable;
import org.barometer.actionplan.application.ActivityView;
import org.barometer.actionplan.application.NewReport;

/**
 * What the action plan page's report form holds while an analyst reports on an activity: the
 * status, for yellow and red the cause and the recommended action, and a note.
 */
public class ReportForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String activityTitle;
  private String status;
  private String cause;
  private String recommendedAction;
  private String note;

  /** An empty report on an activity, its status preset to the latest one (green before any). */
  static ReportForm on(ActivityView a) {
    ReportForm form = new ReportForm();
    form.activityTitle = a.title();
    form.status = a.status() == null ? "GREEN" : a.status();
    return form;
  }

  NewReport report() {
    return new NewReport(status, cause, recommendedAction, note);
  }

  /** The title of the activity reported on, for the form's heading. */
  public String getActivityTitle() {
    return activityTitle;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }

  public String getCause() {
    return cause;
  }

  public void setCause(String cause) {
    this.cause = cause;
  }

  public String getRecommendedAction() {
    return recommendedAction;
  }

  public void setRecommendedAction(String recommendedAction) {
    this.recommendedAction = recommendedAction;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
