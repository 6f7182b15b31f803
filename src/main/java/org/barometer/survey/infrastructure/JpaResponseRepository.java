package org.barometer.survey.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.barometer.survey.domain.Response;
import org.barometer.survey.domain.ResponseRepository;
import org.barometer.survey.domain.SurveyCycle;

@ApplicationScoped
public class JpaResponseRepository implements ResponseRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(Response response) {
    em.persist(response);
  }

  @Override
  public long count(SurveyCycle cycle) {
    return em.createNamedQuery("Response.countByCycle", Long.class)
        .setParameter("cycleId", cycle.id())
        .getSingleResult();
  }

  @Override
  public List<Response> responses(SurveyCycle cycle) {
    return em.createQuery(
            "select distinct r from Response r left join fetch r.answers"
                + " where r.cycleId = :cycleId order by r.id",
            Response.class)
        .setParameter("cycleId", cycle.id())
        .getResultList();
  }
}
