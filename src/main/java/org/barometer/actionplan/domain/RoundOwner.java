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
import java.util.Optional;
import org.barometer.shared.PersonalToken;

/**
 * An owner asked in a status round, and the hash of the personal link they report from without a
 * staff login. Only the hash is kept, as for respondents: the link in the mail is the only copy of
 * the token, so nobody reading the database can report in an owner's name.
 */
@Entity
@Table(name = "action_round_owner")
@NamedQuery(
    name = "RoundOwner.findByRound",
    query = "select o from RoundOwner o where o.round = :round order by o.name, o.email")
@NamedQuery(
    name = "RoundOwner.findByTokenHash",
    query = "select o from RoundOwner o where o.tokenHash = :hash")
public class RoundOwner {

  @Id
  @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "round_id", nullable = false)
  private StatusRound round;

  @Column(name = "owner_email", nullable = false)
  private String email;

  @Column(name = "owner_name", nullable = false)
  private String name;

  @Column(name = "token_hash", nullable = false)
  private String tokenHash;

  @Column(name = "invited_at")
  private Instant invitedAt;

  @Column(name = "reminded_at")
  private Instant remindedAt;

  @Column(nullable = false)
  private int reminders;

  protected RoundOwner() {}

  public RoundOwner(StatusRound round, Owner owner, PersonalToken token) {
    this.round = Objects.requireNonNull(round);
    this.email = owner.email();
    this.name = owner.name();
    this.tokenHash = token.hash();
  }

  /** The invitation mail was handed to the mail server. */
  public void invited(Instant now) {
    invitedAt = now;
  }

  /** A reminder was handed to the mail server. */
  public void reminded(Instant now) {
    remindedAt = now;
    reminders++;
  }

  public Long id() {
    return id;
  }

  public StatusRound round() {
    return round;
  }

  public String email() {
    return email;
  }

  public String name() {
    return name;
  }

  /** When the invitation was sent; empty while its mail waits for the mail server. */
  public Optional<Instant> invitedAt() {
    return Optional.ofNullable(invitedAt);
  }

  public Optional<Instant> remindedAt() {
    return Optional.ofNullable(remindedAt);
  }

  public int reminders() {
    return reminders;
  }
}
