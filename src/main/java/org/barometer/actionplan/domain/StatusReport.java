package org.barometer.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.TextInput;

/**
 * What someone said about an activity on a day: its status and, for yellow and red, the cause of
 * the deviation and the action they recommend, as the municipal board reads them in December.
 * Reports are never changed; a correction is a new report.
 */
@Entity
@Table(name = "action_status_report")
public class StatusReport {

  @Id
  @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "activity_id", nullable = false)
  private Activity activity;

  @ManyToOne
  @JoinColumn(name = "round_id")
  private StatusRound round;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActivityStatus status;

  private String cause;

  @Column(name = "recommended_action")
  private String recommendedAction;

  private String note;

  @Column(nullable = false)
  private String reporter;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  protected StatusReport() {}

  StatusReport(
      Activity activity,
      StatusRound round,
      ActivityStatus status,
      String cause,
      String recommendedAction,
      String note,
      String reporter,
      Instant now) {
    if (status == null) {
      throw new InvalidInputException("status", "status is required");
    }
    this.activity = activity;
    this.round = round;
    this.status = status;
    this.cause = TextInput.optional("cause", cause, 2000);
    this.recommendedAction = TextInput.optional("recommendedAction", recommendedAction, 2000);
    this.note = TextInput.optional("note", note, 2000);
    this.reporter = TextInput.required("reporter", reporter, 200);
    this.reportedAt = Objects.requireNonNull(now);
    if (status.needsExplanation() && this.cause == null) {
      throw new InvalidInputException(
          "cause",
          "A "
              + status.name().toLowerCase(Locale.ROOT)
              + " status needs the cause of the deviation");
    }
    if (status.needsExplanation() && this.recommendedAction == null) {
      throw new InvalidInputException(
          "recommendedAction",
          "A " + status.name().toLowerCase(Locale.ROOT) + " status needs a recommended action");
    }
  }

  public Long id() {
    return id;
  }

  public Activity activity() {
    return activity;
  }

  /** The round the report answered; empty for a report made outside a round. */
  public Optional<StatusRound> round() {
    return Optional.ofNullable(round);
  }

  public ActivityStatus status() {
    return status;
  }

  /** The cause of a deviation; null unless given (always given for yellow and red). */
  public String cause() {
    return cause;
  }

  public String recommendedAction() {
    return recommendedAction;
  }

  public String note() {
    return note;
  }

  public String reporter() {
    return reporter;
  }

  public Instant reportedAt() {
    return reportedAt;
  }
}
