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
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.TextInput;

/**
 * A round in which the owners of an action plan's activities are asked for their status by a day,
 * such as Södertälje's December round before the report to the municipal board.
 */
@Entity
@Table(name = "action_status_round")
@NamedQuery(
    name = "StatusRound.findByActionPlan",
    query = "select r from StatusRound r where r.actionPlan = :actionPlan order by r.openedAt desc")
public class StatusRound {

  @Id
  @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "action_plan_id", nullable = false)
  private ActionPlan actionPlan;

  @Column(nullable = false)
  private String title;

  @Column(name = "report_by", nullable = false)
  private LocalDate reportBy;

  @Column(name = "opened_at", nullable = false)
  private Instant openedAt;

  @Column(name = "opened_by", nullable = false)
  private String openedBy;

  @Column(name = "closed_at")
  private Instant closedAt;

  protected StatusRound() {}

  /**
   * @throws InvalidInputException naming {@code title} or {@code reportBy}
   */
  public StatusRound(
      ActionPlan actionPlan, String title, LocalDate reportBy, String openedBy, Instant now) {
    this.actionPlan = Objects.requireNonNull(actionPlan);
    this.title = TextInput.required("title", title, 200);
    if (reportBy == null) {
      throw new InvalidInputException("reportBy", "reportBy is required");
    }
    this.reportBy = reportBy;
    this.openedBy = TextInput.required("openedBy", openedBy, 200);
    this.openedAt = Objects.requireNonNull(now);
  }

  /** Ends the round: its links no longer take reports. */
  public void close(Instant now) {
    if (closedAt == null) {
      closedAt = now;
    }
  }

  public boolean isOpen() {
    return closedAt == null;
  }

  public Long id() {
    return id;
  }

  public ActionPlan actionPlan() {
    return actionPlan;
  }

  public String title() {
    return title;
  }

  /** The day owners are asked to report by. */
  public LocalDate reportBy() {
    return reportBy;
  }

  public Instant openedAt() {
    return openedAt;
  }

  public String openedBy() {
    return openedBy;
  }

  public Optional<Instant> closedAt() {
    return Optional.ofNullable(closedAt);
  }
}
