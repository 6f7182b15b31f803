package org.barometer.goals.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.barometer.goals.application.RankBook;
import org.barometer.goals.application.RankEntry;

/** Ranks with JPA, one {@link StoredRank} row per ranking, municipality and period. */
@ApplicationScoped
public class JpaRankBook implements RankBook {

  @PersistenceContext private EntityManager em;

  @Override
  @Transactional
  public void enter(RankEntry entry) {
    StoredRank stored = em.find(StoredRank.class, StoredRank.Key.of(entry));
    if (stored == null) {
      em.persist(new StoredRank(entry));
    } else {
      stored.replaceWith(entry);
    }
  }

  @Override
  public List<RankEntry> of(String municipality) {
    return em.createNamedQuery("StoredRank.findByMunicipality", StoredRank.class)
        .setParameter("municipality", municipality)
        .getResultStream()
        .map(StoredRank::entry)
        .toList();
  }
}
