package org.barometer.report.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.barometer.report.domain.IssuedReport;
import org.barometer.report.domain.ReportArchive;

/** The issued reports in {@code issued_report} (Flyway V21), through JPA. */
@ApplicationScoped
@Transactional
public class JpaReportArchive implements ReportArchive {

  @PersistenceContext private EntityManager em;

  @Override
  public IssuedReport store(IssuedReport report) {
    em.persist(report);
    em.flush();
    return report;
  }

  @Override
  public List<IssuedReport> ofPlan(String planId) {
    return em.createNamedQuery("IssuedReport.byPlan", IssuedReport.class)
        .setParameter("planId", planId)
        .getResultList();
  }

  @Override
  public Optional<IssuedReport> find(long id) {
    return Optional.ofNullable(em.find(IssuedReport.class, id));
  }
}
