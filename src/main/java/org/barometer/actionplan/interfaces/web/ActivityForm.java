package org.barometer.actionplan.interfaces.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.barometer.actionplan.application.ActivityDraft;
import org.barometer.actionplan.application.ActivityView;

/**
 * What the action plan page's activity form holds while an analyst writes an activity, and where to
 * move it: kept apart from the page so that the page holds what it shows and this what is typed.
 */
public class ActivityForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String title;
  private String description;
  private String ownerName;
  private String ownerUnit;
  private String ownerEmail;
  private String partners;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private List<String> goalIds = new ArrayList<>();
  private Long moveTo;
  private Integer movePosition;

  /** The form filled with an activity as it stands, its move set to where it is now. */
  static ActivityForm of(ActivityView a, long actionPlanId) {
    ActivityForm form = new ActivityForm();
    form.title = a.title();
    form.description = a.description();
    form.ownerName = a.ownerName();
    form.ownerUnit = a.ownerUnit();
    form.ownerEmail = a.ownerEmail();
    form.partners = a.partners();
    form.startsOn = a.startsOn();
    form.endsOn = a.endsOn();
    form.goalIds = new ArrayList<>(a.goalIds());
    form.moveTo = actionPlanId;
    form.movePosition = a.position();
    return form;
  }

  /** The activity as written, every field to be replaced. */
  ActivityDraft draft() {
    return new ActivityDraft(
        title, description, ownerName, ownerUnit, ownerEmail, partners, startsOn, endsOn, goalIds);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getOwnerName() {
    return ownerName;
  }

  public void setOwnerName(String ownerName) {
    this.ownerName = ownerName;
  }

  public String getOwnerUnit() {
    return ownerUnit;
  }

  public void setOwnerUnit(String ownerUnit) {
    this.ownerUnit = ownerUnit;
  }

  public String getOwnerEmail() {
    return ownerEmail;
  }

  public void setOwnerEmail(String ownerEmail) {
    this.ownerEmail = ownerEmail;
  }

  public String getPartners() {
    return partners;
  }

  public void setPartners(String partners) {
    this.partners = partners;
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

  public List<String> getGoalIds() {
    return goalIds;
  }

  public void setGoalIds(List<String> goalIds) {
    this.goalIds = goalIds == null ? new ArrayList<>() : new ArrayList<>(goalIds);
  }

  public Long getMoveTo() {
    return moveTo;
  }

  public void setMoveTo(Long moveTo) {
    this.moveTo = moveTo;
  }

  public Integer getMovePosition() {
    return movePosition;
  }

  public void setMovePosition(Integer movePosition) {
    this.movePosition = movePosition;
  }
}
