package org.barometer.report.domain;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A yearly report as it was issued to the council. It is never changed: the files are the bytes
 * sent, so a report fetched a year later is the one the council read, whatever has been published
 * or re-imported since. Issuing again makes another report.
 */
@Entity
@Table(name = "issued_report")
@NamedQuery(
    name = "IssuedReport.byPlan",
    query = "select r from IssuedReport r where r.planId = :planId order by r.asOf desc, r.id desc")
public class IssuedReport {

  @Id
  @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
  private Long id;

  @Column(name = "plan_id", nullable = false)
  private String planId;

  @Column(name = "as_of", nullable = false)
  private LocalDate asOf;

  @Column(name = "plan_version", nullable = false)
  private int planVersion;

  @Column(nullable = false)
  private String language;

  @Column(name = "issued_by", nullable = false)
  private String issuedBy;

  @Column(name = "issued_at", nullable = false)
  private Instant issuedAt;

  @Column(nullable = false)
  private String title;

  /** Every goal's and indicator's status as issued ({@link IssuedStatuses}). */
  @Column(nullable = false)
  private String statuses;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] pdf;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] docx;

  protected IssuedReport() {}

  public IssuedReport(
      String planId,
      LocalDate asOf,
      int planVersion,
      String language,
      String issuedBy,
      Instant issuedAt,
      String title,
      IssuedStatuses statuses,
      byte[] pdf,
      byte[] docx) {
    this.planId = Objects.requireNonNull(planId, "planId");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.planVersion = planVersion;
    this.language = Objects.requireNonNull(language, "language");
    this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
    this.issuedAt = Objects.requireNonNull(issuedAt, "issuedAt");
    this.title = Objects.requireNonNull(title, "title");
    this.statuses = statuses.text();
    this.pdf = pdf.clone();
    this.docx = docx.clone();
  }

  public Long id() {
    return id;
  }

  public String planId() {
    return planId;
  }

  public LocalDate asOf() {
    return asOf;
  }

  public int planVersion() {
    return planVersion;
  }

  public String language() {
    return language;
  }

  public String issuedBy() {
    return issuedBy;
  }

  public Instant issuedAt() {
    return issuedAt;
  }

  public String title() {
    return title;
  }

  public IssuedStatuses statuses() {
    return IssuedStatuses.parse(statuses);
  }

  public byte[] pdf() {
    return pdf.clone();
  }

  public byte[] docx() {
    return docx.clone();
  }
}
