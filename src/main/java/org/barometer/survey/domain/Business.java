package org.barometer.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.barometer.survey.domain.register.RegisterEntry;

/**
 * A business of the municipality's register, identified by its organisation number. A new upload of
 * the register updates it in place.
 */
@Entity
@Table(name = "business")
@NamedQuery(
    name = "Business.findByOrgNumbers",
    query = "select b from Business b where b.orgNumber in :orgNumbers")
public class Business {

  @Id
  @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
  private Long id;

  @Column(name = "org_number", nullable = false, unique = true)
  private String orgNumber;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String email;

  @Column(nullable = false)
  private String nace;

  @Column(nullable = false)
  private int employees;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Business() {}

  public Business(RegisterEntry entry, Instant now) {
    this.orgNumber = entry.orgNumber().value();
    update(entry, now);
  }

  /** Takes the register's current name, address, industry and size. */
  public void update(RegisterEntry entry, Instant now) {
    if (!entry.orgNumber().value().equals(orgNumber)) {
      throw new IllegalArgumentException("Another business: " + entry.orgNumber().value());
    }
    this.name = entry.name();
    this.email = entry.email();
    this.nace = entry.nace().code();
    this.employees = entry.employees();
    this.updatedAt = now;
  }

  public Long id() {
    return id;
  }

  public String orgNumber() {
    return orgNumber;
  }

  public String name() {
    return name;
  }

  public String email() {
    return email;
  }

  public String nace() {
    return nace;
  }

  public int employees() {
    return employees;
  }
}
