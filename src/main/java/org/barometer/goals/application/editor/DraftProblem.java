package org.barometer.goals.application.editor;

import java.util.List;

/**
 * A field of a draft that cannot go into a plan, said in words for the person who typed it: which
 * part (the plan, a goal, an indicator), which field, and a message by its key in the bundles.
 *
 * @param part the draft object the field belongs to ({@link PlanDraft}, {@link GoalDraft} or {@link
 *     IndicatorDraft}), so a page shows the message beside it
 * @param field the field, as the bundles name it under {@code goals.editor.field.}
 * @param key the message's key ({@code goals.editor.problem.number})
 * @param arguments its arguments: what was typed, a limit
 */
public record DraftProblem(Object part, String field, String key, List<String> arguments) {

  public DraftProblem {
    arguments = List.copyOf(arguments);
  }
}
