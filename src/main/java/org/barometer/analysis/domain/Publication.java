package org.barometer.analysis.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A closed cycle's results put on the public results page and its JSON-stat: who published them and
 * when, and, once withdrawn, who took them down and when. Withdrawing keeps the row, so the record
 * of what was public when stays; publishing again makes a new one.
 */
@Entity
@Table(name = "results_publication")
@NamedQuery(
    name = "Publication.byCycle",
    query = "select p from Publication p where p.cycleId = :cycle order by p.publishedAt, p.id")
public class Publication {

  @Id
  @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
  private Long id;

  @Column(name = "cycle_id", nullable = false)
  private long cycleId;

  @Column(name = "published_by", nullable = false)
  private String publishedBy;

  @Column(name = "published_at", nullable = false)
  private Instant publishedAt;

  @Column(name = "withdrawn_by")
  private String withdrawnBy;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  protected Publication() {}

  public Publication(long cycleId, String by, Instant at) {
    this.cycleId = cycleId;
    this.publishedBy = Objects.requireNonNull(by, "by");
    this.publishedAt = Objects.requireNonNull(at, "at");
  }

  /** Takes the results down; a publication is withdrawn once. */
  public void withdraw(String by, Instant at) {
    if (withdrawnAt != null) {
      throw new IllegalStateException("Publication " + id + " is already withdrawn");
    }
    this.withdrawnBy = Objects.requireNonNull(by, "by");
    this.withdrawnAt = Objects.requireNonNull(at, "at");
  }

  public boolean current() {
    return withdrawnAt == null;
  }

  public Long id() {
    return id;
  }

  public long cycleId() {
    return cycleId;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public Optional<String> withdrawnBy() {
    return Optional.ofNullable(withdrawnBy);
  }

  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt);
  }
}
