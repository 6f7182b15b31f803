package org.barometer.actionplan.domain;

import java.util.List;
import java.util.Optional;

/**
 * Action plans, their activities and status rounds. Implementations join the caller's transaction;
 * the application services are {@code @Transactional}.
 */
public interface ActionPlanRepository {

  /** The action plans of a plan, earliest first. */
  List<ActionPlan> actionPlans(String planId);

  Optional<ActionPlan> actionPlan(long id);

  /** The activities of an action plan in their order. */
  List<Activity> activities(ActionPlan actionPlan);

  Optional<Activity> activity(long id);

  /** The activities of an action plan that the owner with this (lower-case) address answers for. */
  List<Activity> activitiesOwnedBy(ActionPlan actionPlan, String email);

  /** The rounds of an action plan, latest first. */
  List<StatusRound> rounds(ActionPlan actionPlan);

  Optional<StatusRound> round(long id);

  /** The owners asked in a round, by name. */
  List<RoundOwner> owners(StatusRound round);

  /** The owner whose personal link has this token's hash. */
  Optional<RoundOwner> ownerByTokenHash(String tokenHash);

  void add(ActionPlan actionPlan);

  void add(Activity activity);

  void add(StatusReport report);

  void add(StatusRound round);

  void add(RoundOwner owner);
}
