package org.barometer.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.barometer.shared.PersonalToken;

/**
 * A later personal link of a round's owner, mailed with a reminder. Only its hash is kept, so a
 * reminder needs a new token; the earlier links keep working, as a respondent's do, so an owner may
 * open whichever mail they find first. The first link is {@link RoundOwner}'s own.
 */
@Entity
@Table(name = "action_round_link")
@NamedQuery(
    name = "RoundLink.ownerByTokenHash",
    query = "select l.owner from RoundLink l where l.tokenHash = :hash")
public class RoundLink {

  @Id
  @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "round_owner_id", nullable = false)
  private RoundOwner owner;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  protected RoundLink() {}

  public RoundLink(RoundOwner owner, PersonalToken token, Instant now) {
    this.owner = Objects.requireNonNull(owner);
    this.tokenHash = token.hash();
    this.issuedAt = Objects.requireNonNull(now);
  }

  public RoundOwner owner() {
    return owner;
  }

  public Instant issuedAt() {
    return issuedAt;
  }
}
