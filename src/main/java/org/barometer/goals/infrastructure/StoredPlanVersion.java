package org.barometer.goals.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.barometer.goals.application.PlanLibrary;
import org.barometer.goals.domain.PlanVersion;

/**
 * One version of a plan in {@code goal_plan_version}: the document as imported, who, when, why and
 * from which day it is in force. A version is never changed once stored. Not cached: two servers
 * may share one database.
 */
@Entity
@Table(name = "goal_plan_version")
@IdClass(StoredPlanVersion.Key.class)
@NamedQuery(
    name = "StoredPlanVersion.findByPlan",
    query = "select v from StoredPlanVersion v where v.planId = :plan order by v.number")
@NamedQuery(
    name = "StoredPlanVersion.deleteByPlan",
    query = "delete from StoredPlanVersion v where v.planId = :plan")
public class StoredPlanVersion {

  /** The primary key: the plan and the version's number. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;

    private String planId;
    private int number;

    public Key() {}

    Key(String planId, int number) {
      this.planId = planId;
      this.number = number;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.planId.equals(planId) && k.number == number;
    }

    @Override
    public int hashCode() {
      return Objects.hash(planId, number);
    }
  }

  @Id
  @Column(name = "plan_id")
  private String planId;

  @Id
  @Column(name = "version_number")
  private int number;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(nullable = false)
  private String document;

  @Column(name = "imported_by")
  private String importedBy;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  @Column(nullable = false)
  private String reason;

  @Column(name = "in_force_from", nullable = false)
  private LocalDate inForceFrom;

  protected StoredPlanVersion() {}

  StoredPlanVersion(String planId, PlanLibrary.StoredVersion stored) {
    PlanVersion v = stored.version();
    this.planId = planId;
    this.number = v.number();
    this.fileName = stored.document().fileName();
    this.document = stored.document().text();
    this.importedBy = v.by().orElse(null);
    this.importedAt = v.at();
    this.reason = v.reason();
    this.inForceFrom = v.inForceFrom();
  }

  PlanVersion version() {
    return new PlanVersion(
        number, inForceFrom, Optional.ofNullable(importedBy), importedAt, reason);
  }

  PlanLibrary.StoredVersion stored() {
    return new PlanLibrary.StoredVersion(
        version(), new PlanLibrary.StoredDocument(fileName, document));
  }
}
