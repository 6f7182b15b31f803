package org.barometer.goals.application.editor;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A goal as the editor holds it: its words, its indicators and its sub-goals. The plan's measures
 * under the goal are not edited here (the action plan follows them) but kept as the file had them.
 */
public class GoalDraft implements Serializable {

  private static final long serialVersionUID = 1L;

  private String id = "";
  private String title = "";
  private String description = "";
  private final ArrayList<String> measures = new ArrayList<>();
  private final ArrayList<IndicatorDraft> indicators = new ArrayList<>();
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

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = Drafts.text(description);
  }

  /** The measures under the goal, by name, as the file had them. */
  public List<String> getMeasures() {
    return measures;
  }

  public List<IndicatorDraft> getIndicators() {
    return indicators;
  }

  /** The sub-goals. */
  public List<GoalDraft> getGoals() {
    return goals;
  }
}
