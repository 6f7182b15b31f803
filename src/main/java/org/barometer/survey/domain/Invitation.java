package org.barometer.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
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

/**
 * A business's invitation to one cycle. It knows whether the business has answered, but never what
 * or when: the answers are stored apart, with nothing that leads back here. The stratum is copied
 * at invitation time, so response rates per stratum stay as they were when the register changes
 * later.
 *
 * <p>A meeting's feedback survey invites people instead, with invitations that name nobody: no
 * business, no stratum, and nothing that says whose link it was ({@link #anonymous}). The queries
 * that list a cycle's businesses leave them out.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(
    name = "Invitation.findByCycle",
    query =
        "select i from Invitation i join fetch i.business where i.cycle = :cycle"
            + " order by i.business.name")
@NamedQuery(
    name = "Invitation.findUnanswered",
    query =
        "select i from Invitation i join fetch i.business where i.cycle = :cycle"
            + " and i.answered = :no order by i.business.name")
@NamedQuery(
    name = "Invitation.markAnswered",
    query =
        "update Invitation i set i.answered = :yes, i.answeredThroughHandout = :handout"
            + " where i.id = :id and i.answered = :no")
@NamedQuery(
    name = "Invitation.countAnsweredThroughHandout",
    query =
        "select count(i) from Invitation i where i.cycle = :cycle"
            + " and i.answeredThroughHandout = :yes")
public class Invitation {

  @Id
  @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "cycle_id")
  private SurveyCycle cycle;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "business_id")
  private Business business;

  private String industry;

  @Column(name = "size_class")
  private String sizeClass;

  @Column(nullable = false)
  private boolean answered;

  /** Answered through a link handed to staff for a mail merge, which staff could also open. */
  @Column(name = "through_handout", nullable = false)
  private boolean answeredThroughHandout;

  @Column(name = "invited_at")
  private Instant invitedAt;

  @Column(name = "reminders_sent", nullable = false)
  private int remindersSent;

  @Column(name = "last_reminded_at")
  private Instant lastRemindedAt;

  protected Invitation() {}

  public Invitation(SurveyCycle cycle, Business business, String industry, String sizeClass) {
    this.cycle = Objects.requireNonNull(cycle);
    this.business = Objects.requireNonNull(business);
    this.industry = Objects.requireNonNull(industry);
    this.sizeClass = Objects.requireNonNull(sizeClass);
  }

  /**
   * An invitation that names nobody, for a person whose answers must not be traceable to them even
   * through the database: whoever holds its link may answer once.
   */
  public static Invitation anonymous(SurveyCycle cycle) {
    Invitation invitation = new Invitation();
    invitation.cycle = Objects.requireNonNull(cycle);
    return invitation;
  }

  /** Records a mailing: the first one is the invitation, later ones are reminders. */
  public void recordMailing(Instant now) {
    if (invitedAt == null) {
      invitedAt = now;
    } else {
      remindersSent++;
      lastRemindedAt = now;
    }
  }

  public Long id() {
    return id;
  }

  public SurveyCycle cycle() {
    return cycle;
  }

  public Business business() {
    return business;
  }

  public String industry() {
    return industry;
  }

  public String sizeClass() {
    return sizeClass;
  }

  public boolean answered() {
    return answered;
  }

  public boolean answeredThroughHandout() {
    return answeredThroughHandout;
  }

  public boolean sent() {
    return invitedAt != null;
  }

  public int remindersSent() {
    return remindersSent;
  }
}
