package org.barometer.actionplan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.TextInput;

/**
 * The concrete work of one year (or another period the office chooses) towards a plan's goals, as
 * every one of the five plans has beside it: "Handlingsplan 2026".
 */
@Entity
@Table(name = "action_plan")
@NamedQuery(
    name = "ActionPlan.findByPlan",
    query = "select a from ActionPlan a where a.planId = :planId order by a.startsOn, a.title")
public class ActionPlan {

  @Id
  @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
  private Long id;

  @Column(name = "plan_id", nullable = false)
  private String planId;

  @Column(nullable = false)
  private String title;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected ActionPlan() {}

  /**
   * @throws InvalidInputException naming the field when the title is missing or the period ends
   *     before it starts
   */
  public ActionPlan(
      String planId, String title, LocalDate startsOn, LocalDate endsOn, Instant now) {
    this.planId = Objects.requireNonNull(planId, "planId");
    this.title = TextInput.required("title", title, 200);
    if (startsOn == null) {
      throw new InvalidInputException("startsOn", "startsOn is required");
    }
    if (endsOn == null || endsOn.isBefore(startsOn)) {
      throw new InvalidInputException(
          "endsOn", "endsOn must be a day on or after startsOn (" + startsOn + ")");
    }
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.createdAt = Objects.requireNonNull(now);
  }

  /** The action plan of a calendar year, titled as the office would ("Action plan 2026"). */
  public static ActionPlan forYear(String planId, String title, int year, Instant now) {
    return new ActionPlan(planId, title, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), now);
  }

  public Long id() {
    return id;
  }

  public String planId() {
    return planId;
  }

  public String title() {
    return title;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }

  public Instant createdAt() {
    return createdAt;
  }

  /** Whether the day falls in this action plan's period. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(startsOn) && !day.isAfter(endsOn);
  }
}
