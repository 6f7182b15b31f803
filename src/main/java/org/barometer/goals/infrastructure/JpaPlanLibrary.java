package org.barometer.goals.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.barometer.goals.application.PlanEntry;
import org.barometer.goals.application.PlanLibrary;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.PlanVersion;
import org.barometer.platform.error.ConflictException;

/**
 * Plans and their versions with JPA: a plan's row ({@link StoredPlan}, {@code goal_plan}) and one
 * row per version with its document ({@link StoredPlanVersion}, {@code goal_plan_version}). A
 * change locks the plan's row, so two imports of one plan at once store versions n + 1 and n + 2
 * rather than two versions n + 1.
 */
@ApplicationScoped
public class JpaPlanLibrary implements PlanLibrary {

  @PersistenceContext private EntityManager em;

  @Override
  @Transactional
  public void store(Plan plan, StoredVersion version) {
    int number = version.version().number();
    StoredPlan row = em.find(StoredPlan.class, plan.id(), LockModeType.PESSIMISTIC_WRITE);
    if (row == null ? number != 1 : row.latestVersion() != number - 1) {
      throw new ConflictException(
          "The plan "
              + plan.id()
              + " was changed meanwhile (it is at version "
              + (row == null ? 0 : row.latestVersion())
              + "); import the file again.");
    }
    if (row == null) {
      row = new StoredPlan(plan.id());
      row.describe(plan, version.document().fileName(), version.version().at(), number);
      try {
        em.persist(row);
        em.flush(); // the version's row refers to the plan's
      } catch (PersistenceException e) {
        throw new ConflictException(
            "The plan " + plan.id() + " was imported meanwhile; import the file again.");
      }
    } else {
      row.describe(plan, version.document().fileName(), version.version().at(), number);
    }
    em.persist(new StoredPlanVersion(plan.id(), version));
  }

  @Override
  public List<PlanEntry> all() {
    return em.createNamedQuery("StoredPlan.findAll", StoredPlan.class).getResultList().stream()
        .map(StoredPlan::entry)
        .toList();
  }

  @Override
  public List<PlanVersion> versions(String id) {
    return em
        .createNamedQuery("StoredPlanVersion.findByPlan", StoredPlanVersion.class)
        .setParameter("plan", id)
        .getResultList()
        .stream()
        .map(StoredPlanVersion::version)
        .toList();
  }

  @Override
  public Optional<StoredVersion> version(String id, int number) {
    return Optional.ofNullable(
            em.find(StoredPlanVersion.class, new StoredPlanVersion.Key(id, number)))
        .map(StoredPlanVersion::stored);
  }

  @Override
  @Transactional
  public boolean remove(String id) {
    StoredPlan plan = em.find(StoredPlan.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (plan == null) {
      return false;
    }
    em.createNamedQuery("StoredPlanVersion.deleteByPlan").setParameter("plan", id).executeUpdate();
    em.remove(plan);
    return true;
  }
}
