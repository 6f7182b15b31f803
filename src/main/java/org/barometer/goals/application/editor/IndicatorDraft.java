package org.barometer.goals.application.editor;

import java.io.Serializable;

/**
 * An indicator as the editor holds it: every field as typed or picked, numbers as text, so that a
 * half-typed value stays on the form and is refused by name when the plan is built ({@link
 * DraftBuilder}), never lost.
 */
public class IndicatorDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private String id = "";
  private String name = "";
  private String unit = "";
  private String direction = "HIGHER_IS_BETTER";
  private String baselinePeriod = "";
  private String baselineValue = "";
  private String due = "";
  private final SourceDraft source = new SourceDraft();
  private final TargetDraft target = new TargetDraft();
  private final ScheduleDraft schedule = new ScheduleDraft();

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = Drafts.text(id);
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = Drafts.text(name);
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = Drafts.text(unit);
  }

  /** HIGHER_IS_BETTER or LOWER_IS_BETTER. */
  public String getDirection() {
    return direction;
  }

  public void setDirection(String direction) {
    this.direction = Drafts.text(direction);
  }

  /** The baseline's period ("2021"); empty for none. */
  public String getBaselinePeriod() {
    return baselinePeriod;
  }

  public void setBaselinePeriod(String baselinePeriod) {
    this.baselinePeriod = Drafts.text(baselinePeriod);
  }

  /** The baseline's value as the plan decided it; empty to take the measured figure. */
  public String getBaselineValue() {
    return baselineValue;
  }

  public void setBaselineValue(String baselineValue) {
    this.baselineValue = Drafts.text(baselineValue);
  }

  /** The year the target is due; empty for the plan's last year. */
  public String getDue() {
    return due;
  }

  public void setDue(String due) {
    this.due = Drafts.text(due);
  }

  public SourceDraft getSource() {
    return source;
  }

  public TargetDraft getTarget() {
    return target;
  }

  public ScheduleDraft getSchedule() {
    return schedule;
  }
}
