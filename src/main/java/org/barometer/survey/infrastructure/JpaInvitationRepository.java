package org.barometer.survey.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.shared.PersonalToken;
import org.barometer.survey.domain.Business;
import org.barometer.survey.domain.Invitation;
import org.barometer.survey.domain.InvitationRepository;
import org.barometer.survey.domain.InvitationToken;
import org.barometer.survey.domain.ResponseDraft;
import org.barometer.survey.domain.StratumProgress;
import org.barometer.survey.domain.SurveyCycle;

/**
 * Invitations on JPA. Booleans are always bound as parameters: EclipseLink writes a literal {@code
 * true} as {@code 1}, which H2 refuses to compare with a boolean column.
 */
@ApplicationScoped
public class JpaInvitationRepository implements InvitationRepository {

  @PersistenceContext private EntityManager em;

  @Override
  public List<Business> businesses(Collection<String> orgNumbers) {
    if (orgNumbers.isEmpty()) {
      return List.of();
    }
    return em.createNamedQuery("Business.findByOrgNumbers", Business.class)
        .setParameter("orgNumbers", orgNumbers)
        .getResultList();
  }

  @Override
  public void add(Business business) {
    em.persist(business);
  }

  @Override
  public Optional<Invitation> invitation(long id) {
    return Optional.ofNullable(em.find(Invitation.class, id));
  }

  @Override
  public Optional<InvitationToken> link(PersonalToken token) {
    return em.createNamedQuery("InvitationToken.find", InvitationToken.class)
        .setParameter("hash", token.hash())
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<Invitation> invitations(SurveyCycle cycle) {
    return em.createNamedQuery("Invitation.findByCycle", Invitation.class)
        .setParameter("cycle", cycle)
        .getResultList();
  }

  @Override
  public List<Invitation> unanswered(SurveyCycle cycle) {
    return em.createNamedQuery("Invitation.findUnanswered", Invitation.class)
        .setParameter("cycle", cycle)
        .setParameter("no", false)
        .getResultList();
  }

  @Override
  public void add(Invitation invitation) {
    em.persist(invitation);
  }

  @Override
  public void add(InvitationToken token) {
    em.persist(token);
  }

  @Override
  public void remove(Invitation invitation) {
    em.createQuery("delete from InvitationToken t where t.invitation = :invitation")
        .setParameter("invitation", invitation)
        .executeUpdate();
    em.remove(invitation);
  }

  @Override
  public boolean markAnswered(InvitationToken link) {
    return em.createNamedQuery("Invitation.markAnswered")
            .setParameter("id", link.invitation().id())
            .setParameter("handout", link.handedOut())
            .setParameter("yes", true)
            .setParameter("no", false)
            .executeUpdate()
        == 1;
  }

  @Override
  public long answeredThroughHandout(SurveyCycle cycle) {
    return em.createNamedQuery("Invitation.countAnsweredThroughHandout", Long.class)
        .setParameter("cycle", cycle)
        .setParameter("yes", true)
        .getSingleResult();
  }

  @Override
  public Optional<ResponseDraft> draft(InvitationToken link) {
    return Optional.ofNullable(em.find(ResponseDraft.class, new ResponseDraft.Key(link)));
  }

  @Override
  public void add(ResponseDraft draft) {
    em.persist(draft);
  }

  @Override
  public void removeDrafts(Invitation invitation) {
    em.createNamedQuery("ResponseDraft.delete")
        .setParameter("invitationId", invitation.id())
        .executeUpdate();
  }

  @Override
  public List<StratumProgress> progress(SurveyCycle cycle) {
    Map<List<String>, Long> answered = new HashMap<>();
    countByStratum(cycle, " and i.answered = :yes")
        .forEach(row -> answered.put(stratum(row), (Long) row[2]));
    return countByStratum(cycle, "").stream()
        .map(
            row ->
                new StratumProgress(
                    (String) row[0],
                    (String) row[1],
                    (Long) row[2],
                    answered.getOrDefault(stratum(row), 0L)))
        .toList();
  }

  /** Industry and size class; both null for the anonymous invitations of a meeting's feedback. */
  private static List<String> stratum(Object[] row) {
    return Arrays.asList((String) row[0], (String) row[1]);
  }

  /** Invitations per stratum; two plain counts, because H2 cannot sum a parameterised CASE. */
  private List<Object[]> countByStratum(SurveyCycle cycle, String condition) {
    var query =
        em.createQuery(
                "select i.industry, i.sizeClass, count(i) from Invitation i where i.cycle = :cycle"
                    + condition
                    + " group by i.industry, i.sizeClass order by i.industry, i.sizeClass",
                Object[].class)
            .setParameter("cycle", cycle);
    if (!condition.isEmpty()) {
      query.setParameter("yes", true);
    }
    return query.getResultList();
  }
}
