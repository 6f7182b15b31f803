package org.barometer.actionplan.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.TextInput;

/**
 * A piece of work in an action plan, serving one or more of the plan's goals: what it is, who
 * answers for it, with whom, and when. Its status is the latest of its {@link StatusReport}s, kept
 * as a history so that the December report can say what changed.
 */
@Entity
@Table(name = "action_activity")
@NamedQuery(
    name = "Activity.findByActionPlan",
    query = "select a from Activity a where a.actionPlan = :actionPlan order by a.position, a.id")
@NamedQuery(
    name = "Activity.findByOwner",
    query =
        "select a from Activity a where a.actionPlan = :actionPlan and a.owner.email = :email"
            + " order by a.position, a.id")
public class Activity {

  @Id
  @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "action_plan_id", nullable = false)
  private ActionPlan actionPlan;

  @Column(nullable = false)
  private int position;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String description;

  @Embedded private Owner owner;

  @Column(nullable = false)
  private String partners;

  @Column(name = "starts_on")
  private LocalDate startsOn;

  @Column(name = "ends_on")
  private LocalDate endsOn;

  @ElementCollection
  @CollectionTable(name = "action_activity_goal", joinColumns = @JoinColumn(name = "activity_id"))
  @Column(name = "goal_id")
  private Set<String> goalIds = new LinkedHashSet<>();

  @ElementCollection
  @CollectionTable(name = "action_activity_origin", joinColumns = @JoinColumn(name = "activity_id"))
  private List<ActivityOrigin> origins = new ArrayList<>();

  @OneToMany(mappedBy = "activity")
  @OrderBy("reportedAt, id")
  private List<StatusReport> reports = new ArrayList<>();

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Activity() {}

  /**
   * An activity without an owner, as a plan file's measures arrive; {@link #assign} names one.
   *
   * @param goalIds the goals of the plan it serves; at least one (the caller checks they exist)
   * @throws InvalidInputException naming the field that is missing, too long or out of order
   */
  public Activity(
      ActionPlan actionPlan, int position, String title, Set<String> goalIds, Instant now) {
    this.actionPlan = Objects.requireNonNull(actionPlan);
    this.position = position;
    this.createdAt = Objects.requireNonNull(now);
    describe(title, "", "", null, null, now);
    serve(goalIds, now);
  }

  /**
   * @throws InvalidInputException naming the field that is missing, too long or out of order
   */
  public void describe(
      String title,
      String description,
      String partners,
      LocalDate startsOn,
      LocalDate endsOn,
      Instant now) {
    if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
      throw new InvalidInputException(
          "endsOn", "endsOn must be a day on or after startsOn (" + startsOn + ")");
    }
    this.title = TextInput.required("title", title, 500);
    this.description =
        Objects.requireNonNullElse(TextInput.optional("description", description, 4000), "");
    this.partners = Objects.requireNonNullElse(TextInput.optional("partners", partners, 1000), "");
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.updatedAt = now;
  }

  /**
   * @throws InvalidInputException when no goal is named
   */
  public void serve(Set<String> goals, Instant now) {
    if (goals == null || goals.isEmpty()) {
      throw new InvalidInputException(
          "goalIds", "An activity serves at least one goal of the plan");
    }
    goalIds.clear();
    goalIds.addAll(goals);
    updatedAt = now;
  }

  /** Names who answers for the activity; null takes the owner away. */
  public void assign(Owner newOwner, Instant now) {
    owner = newOwner;
    updatedAt = now;
  }

  /** Moves the activity to another action plan of the same plan, or to another place in its own. */
  public void moveTo(ActionPlan target, int newPosition, Instant now) {
    if (!target.planId().equals(actionPlan.planId())) {
      throw new InvalidInputException(
          "actionPlanId",
          "An activity moves only between action plans of plan " + actionPlan.planId());
    }
    actionPlan = target;
    position = newPosition;
    updatedAt = now;
  }

  /** Renumbers the activity within its action plan, as another one moves past it. */
  public void placeAt(int newPosition) {
    position = newPosition;
  }

  public void cameFrom(ActivityOrigin origin, Instant now) {
    if (!origins.contains(origin)) {
      origins.add(origin);
      updatedAt = now;
    }
  }

  /**
   * Records a status report; it becomes the activity's status.
   *
   * @param round the status round it answers, or null for a report outside a round
   * @throws InvalidInputException when a yellow or red report lacks its cause or recommended action
   */
  public StatusReport report(
      ActivityStatus status,
      String cause,
      String recommendedAction,
      String note,
      String reporter,
      StatusRound round,
      Instant now) {
    StatusReport report =
        new StatusReport(this, round, status, cause, recommendedAction, note, reporter, now);
    reports.add(report);
    return report;
  }

  /** The latest report, which is the activity's status; empty before the first. */
  public Optional<StatusReport> latestReport() {
    return reports.isEmpty() ? Optional.empty() : Optional.of(reports.get(reports.size() - 1));
  }

  public Long id() {
    return id;
  }

  public ActionPlan actionPlan() {
    return actionPlan;
  }

  public int position() {
    return position;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  /** Who answers for the activity; empty until staff name someone. */
  public Optional<Owner> owner() {
    return owner == null || owner.isEmpty() ? Optional.empty() : Optional.of(owner);
  }

  public String partners() {
    return partners;
  }

  public Optional<LocalDate> startsOn() {
    return Optional.ofNullable(startsOn);
  }

  public Optional<LocalDate> endsOn() {
    return Optional.ofNullable(endsOn);
  }

  public Set<String> goalIds() {
    return Collections.unmodifiableSet(goalIds);
  }

  public List<ActivityOrigin> origins() {
    return Collections.unmodifiableList(origins);
  }

  /** Every report, oldest first. */
  public List<StatusReport> reports() {
    return Collections.unmodifiableList(reports);
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
