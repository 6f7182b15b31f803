package org.barometer.goals.application.editor;

import java.io.Serializable;

/**
 * When an indicator's source publishes, as the editor holds it: UNSCHEDULED, KOSTRA, ANNUAL (a day
 * and a lag in years) or SURVEY (the cycles' years and the day they close).
 */
public class ScheduleDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private String calendar = "UNSCHEDULED";
  private String day = "";
  private String lag = "1";
  private String years = "";
  private String closes = "";

  public String getCalendar() {
    return calendar;
  }

  public void setCalendar(String calendar) {
    this.calendar = Drafts.text(calendar);
  }

  /** An annual release's day, {@code MM-DD}. */
  public String getDay() {
    return day;
  }

  public void setDay(String day) {
    this.day = Drafts.text(day);
  }

  public String getLag() {
    return lag;
  }

  public void setLag(String lag) {
    this.lag = Drafts.text(lag);
  }

  /** A survey's cycle years, separated by commas. */
  public String getYears() {
    return years;
  }

  public void setYears(String years) {
    this.years = Drafts.text(years);
  }

  /** The day a survey cycle closes, {@code MM-DD}. */
  public String getCloses() {
    return closes;
  }

  public void setCloses(String closes) {
    this.closes = Drafts.text(closes);
  }
}
