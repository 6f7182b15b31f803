package org.barometer.survey.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.barometer.survey.domain.Survey;
import org.barometer.survey.domain.SurveyCycle;
import org.barometer.survey.domain.SurveyRepository;

@ApplicationScoped
public class JpaSurveyRepository implements SurveyRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<Survey> surveys() {
    return em.createNamedQuery("Survey.findAll", Survey.class).getResultList();
  }

  @Override
  public Optional<Survey> survey(String code) {
    return em.createNamedQuery("Survey.findByCode", Survey.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  @Override
  public Optional<SurveyCycle> cycle(long id) {
    return Optional.ofNullable(em.find(SurveyCycle.class, id));
  }

  @Override
  public Optional<SurveyCycle> cycle(Survey survey, String label) {
    return em.createNamedQuery("SurveyCycle.findBySurveyAndLabel", SurveyCycle.class)
        .setParameter("survey", survey)
        .setParameter("label", label)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<SurveyCycle> cycles(Survey survey) {
    return em.createNamedQuery("SurveyCycle.findBySurvey", SurveyCycle.class)
        .setParameter("survey", survey)
        .getResultList();
  }

  @Override
  public void add(Survey survey) {
    em.persist(survey);
  }

  @Override
  public void add(SurveyCycle cycle) {
    em.persist(cycle);
  }
}
