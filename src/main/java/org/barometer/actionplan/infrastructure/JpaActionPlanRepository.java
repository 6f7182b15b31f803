package org.barometer.actionplan.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.barometer.actionplan.domain.ActionPlan;
import org.barometer.actionplan.domain.ActionPlanRepository;
import org.barometer.actionplan.domain.Activity;
import org.barometer.actionplan.domain.RoundOwner;
import org.barometer.actionplan.domain.StatusReport;
import org.barometer.actionplan.domain.StatusRound;

@ApplicationScoped
public class JpaActionPlanRepository implements ActionPlanRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<ActionPlan> actionPlans(String planId) {
    return em.createNamedQuery("ActionPlan.findByPlan", ActionPlan.class)
        .setParameter("planId", planId)
        .getResultList();
  }

  @Override
  public Optional<ActionPlan> actionPlan(long id) {
    return Optional.ofNullable(em.find(ActionPlan.class, id));
  }

  @Override
  public List<Activity> activities(ActionPlan actionPlan) {
    return em.createNamedQuery("Activity.findByActionPlan", Activity.class)
        .setParameter("actionPlan", actionPlan)
        .getResultList();
  }

  @Override
  public Optional<Activity> activity(long id) {
    return Optional.ofNullable(em.find(Activity.class, id));
  }

  @Override
  public List<Activity> activitiesOwnedBy(ActionPlan actionPlan, String email) {
    return em.createNamedQuery("Activity.findByOwner", Activity.class)
        .setParameter("actionPlan", actionPlan)
        .setParameter("email", email)
        .getResultList();
  }

  @Override
  public List<StatusRound> rounds(ActionPlan actionPlan) {
    return em.createNamedQuery("StatusRound.findByActionPlan", StatusRound.class)
        .setParameter("actionPlan", actionPlan)
        .getResultList();
  }

  @Override
  public Optional<StatusRound> round(long id) {
    return Optional.ofNullable(em.find(StatusRound.class, id));
  }

  @Override
  public List<RoundOwner> owners(StatusRound round) {
    return em.createNamedQuery("RoundOwner.findByRound", RoundOwner.class)
        .setParameter("round", round)
        .getResultList();
  }

  @Override
  public Optional<RoundOwner> ownerByTokenHash(String tokenHash) {
    return em.createNamedQuery("RoundOwner.findByTokenHash", RoundOwner.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(ActionPlan actionPlan) {
    em.persist(actionPlan);
  }

  @Override
  public void add(Activity activity) {
    em.persist(activity);
  }

  @Override
  public void add(StatusReport report) {
    em.persist(report);
  }

  @Override
  public void add(StatusRound round) {
    em.persist(round);
  }

  @Override
  public void add(RoundOwner owner) {
    em.persist(owner);
  }
}
