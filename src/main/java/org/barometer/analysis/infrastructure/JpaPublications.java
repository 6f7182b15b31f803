package org.barometer.analysis.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.barometer.analysis.domain.Publication;
import org.barometer.analysis.domain.Publications;

/**
 * The publications in JPA. Each method is its own transaction: the publishing use case also reads
 * the cycle's counts by JDBC, which must not run inside a container transaction.
 */
@ApplicationScoped
public class JpaPublications implements Publications {

  @PersistenceContext private EntityManager em;

  @Override
  @Transactional
  public List<Publication> of(long cycleId) {
    return em.createNamedQuery("Publication.byCycle", Publication.class)
        .setParameter("cycle", cycleId)
        .getResultList();
  }

  @Override
  @Transactional
  public Publication add(Publication publication) {
    em.persist(publication);
    return publication;
  }

  @Override
  @Transactional
  public Optional<Publication> withdraw(long cycleId, String by, Instant at) {
    Optional<Publication> current = current(cycleId);
    current.ifPresent(p -> p.withdraw(by, at));
    return current;
  }
}
