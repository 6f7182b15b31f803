package org.barometer.goals.application.editor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A plan as an analyst edits it in the browser: the fields a plan file holds, as typed, with the
 * goals as a tree. A draft is never stored; it becomes a plan ({@link DraftBuilder}) and a plan
 * file when it is saved, so the browser and the files stay interchangeable.
 */
public class PlanDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private String id = "";
  private String title = "";
  private String period = "";
  private String municipalityCode = "";
  private String municipalityName = "";
  private String country = "NO";
  private final ArrayList<GoalDraft> goals = new ArrayList<>();

  public String getId() {
    return id;
  }

  public void setId(String id) {
    this.id = Drafts.text(id);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = Drafts.text(title);
  }

  /** "2023-2026", or "to 2030" for a plan to a year. */
  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = Drafts.text(period);
  }

  public String getMunicipalityCode() {
    return municipalityCode;
  }

  public void setMunicipalityCode(String municipalityCode) {
    this.municipalityCode = Drafts.text(municipalityCode);
  }

  public String getMunicipalityName() {
    return municipalityName;
  }

  public void setMunicipalityName(String municipalityName) {
    this.municipalityName = Drafts.text(municipalityName);
  }

  /** NO or SE. */
  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = Drafts.text(country);
  }

  /** The main goals. */
  public List<GoalDraft> getGoals() {
    return goals;
  }

  /** Every goal, main goals and sub-goals, depth first. */
  public List<GoalDraft> allGoals() {
    return goals.stream().flatMap(PlanDraft::selfAndBelow).toList();
  }

  private static Stream<GoalDraft> selfAndBelow(GoalDraft g) {
    return Stream.concat(Stream.of(g), g.getGoals().stream().flatMap(PlanDraft::selfAndBelow));
  }

  /** Removes a goal wherever it sits, with its indicators and sub-goals. */
  public void remove(GoalDraft goal) {
    if (!goals.remove(goal)) {
      allGoals().forEach(g -> g.getGoals().remove(goal));
    }
  }

  /** Removes an indicator from whichever goal holds it. */
  public void remove(IndicatorDraft indicator) {
    allGoals().forEach(g -> g.getIndicators().remove(indicator));
  }
}
