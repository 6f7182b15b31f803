package org.barometer.goals.interfaces.web;

import org.barometer.goals.application.editor.GoalDraft;

/** A goal as the plan editor lists it: depth first, numbered 1, 1.1, 1.2, 2 … */
public final class GoalRow {
  private final GoalDraft goal;
  private final int depth;
  private final String number;

  GoalRow(GoalDraft goal, int depth, String number) {
    this.goal = goal;
    this.depth = depth;
    this.number = number;
  }

  public GoalDraft getGoal() {
    return goal;
  }

  public int getDepth() {
    return depth;
  }

  public String getNumber() {
    return number;
  }
}
