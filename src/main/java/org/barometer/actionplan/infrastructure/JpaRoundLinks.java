package org.barometer.actionplan.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.barometer.actionplan.domain.RoundLink;
import org.barometer.actionplan.domain.RoundLinks;
import org.barometer.actionplan.domain.RoundOwner;

@ApplicationScoped
public class JpaRoundLinks implements RoundLinks {

  @PersistenceContext private EntityManager em;

  @Override
  public void add(RoundLink link) {
    em.persist(link);
  }

  @Override
  public Optional<RoundOwner> owner(long id) {
    return Optional.ofNullable(em.find(RoundOwner.class, id));
  }

  @Override
  public Optional<RoundOwner> ownerByTokenHash(String tokenHash) {
    return em.createNamedQuery("RoundLink.ownerByTokenHash", RoundOwner.class)
        .setParameter("hash", tokenHash)
        .getResultStream()
        .findFirst();
  }
}
