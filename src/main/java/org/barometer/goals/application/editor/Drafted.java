package org.barometer.goals.application.editor;

import java.util.List;
import java.util.Optional;
import org.barometer.goals.domain.Plan;

/**
 * What a draft makes: the plan when every field is right, and always the problems and the part of
 * the plan that can be scored already.
 *
 * @param plan the whole plan; empty while any problem remains
 * @param scorable the plan with only the indicators that are right (the others left out, goals with
 *     a bad id or title under a stand-in), to show each indicator's status while editing; empty
 *     while the plan's municipality or period is wrong
 * @param problems every field that is wrong, in the order of the form
 */
public record Drafted(Optional<Plan> plan, Optional<Plan> scorable, List<DraftProblem> problems) {

  public Drafted {
    problems = List.copyOf(problems);
  }

  /** The problems of one part of the draft. */
  public List<DraftProblem> of(Object part) {
    return problems.stream().filter(p -> p.part() == part).toList();
  }
}
