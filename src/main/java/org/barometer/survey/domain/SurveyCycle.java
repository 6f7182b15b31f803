package org.barometer.survey.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.barometer.platform.error.ConflictException;

/**
 * One round of a survey (2019, 2022, 2025): draft, then open for answers, then closed for good.
 *
 * <p>A cycle keeps the exact text of the questionnaire template it was created from, so that
 * editing a template file later never changes what a running or closed cycle asked. It may also
 * know the size of the business population, in total and per stratum, for the finite-population
 * correction and stratified estimates.
 *
 * <p>Not in EclipseLink's shared cache (its survey is): a cycle's status changes, and a server that
 * kept it in memory would go on taking answers for a cycle that another server on the same database
 * had closed (README, "Several instances"). Each transaction reads it from the database.
 */
@Entity
@Table(name = "survey_cycle")
@NamedQuery(
    name = "SurveyCycle.findBySurvey",
    query = "select c from SurveyCycle c where c.survey = :survey order by c.label")
@NamedQuery(
    name = "SurveyCycle.findBySurveyAndLabel",
    query = "select c from SurveyCycle c where c.survey = :survey and c.label = :label")
public class SurveyCycle {

  @Id
  @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "survey_id")
  private Survey survey;

  @Column(nullable = false)
  private String label;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CycleStatus status;

  @Column(name = "opens_on")
  private LocalDate opensOn;

  @Column(name = "closes_on")
  private LocalDate closesOn;

  @Column(name = "template_code", nullable = false)
  private String templateCode;

  @Column(name = "template_version", nullable = false)
  private int templateVersion;

  @Column(name = "template_text", nullable = false)
  private String templateText;

  @Column(name = "population_size")
  private Integer populationSize;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cycle_stratum", joinColumns = @JoinColumn(name = "cycle_id"))
  private List<StratumPopulation> strata = new ArrayList<>();

  @Column(name = "opened_at")
  private Instant openedAt;

  @Column(name = "closed_at")
  private Instant closedAt;

  @Version private long version;

  protected SurveyCycle() {}

  public SurveyCycle(
      Survey survey,
      String label,
      FrozenTemplate template,
      LocalDate opensOn,
      LocalDate closesOn,
      Integer populationSize,
      List<StratumPopulation> strata) {
    if (opensOn != null && closesOn != null && closesOn.isBefore(opensOn)) {
      throw new IllegalArgumentException("A cycle cannot close before it opens");
    }
    if (populationSize != null && populationSize < 1) {
      throw new IllegalArgumentException("The population size must be at least 1");
    }
    this.survey = Objects.requireNonNull(survey);
    this.label = Objects.requireNonNull(label);
    this.templateCode = template.code();
    this.templateVersion = template.version();
    this.templateText = template.text();
    this.opensOn = opensOn;
    this.closesOn = closesOn;
    this.populationSize = populationSize;
    this.strata = new ArrayList<>(strata);
    this.status = CycleStatus.DRAFT;
  }

  /** Opens the cycle for answers. Invitations can be sent from now on. */
  public void open(Instant now) {
    if (status != CycleStatus.DRAFT) {
      throw new ConflictException(
          "status", "Only a draft cycle can be opened; this one is " + status);
    }
    status = CycleStatus.OPEN;
    openedAt = now;
  }

  /** Closes the cycle for good: no more answers, and its results are final. */
  public void close(Instant now) {
    if (status == CycleStatus.CLOSED) {
      throw new ConflictException("status", "The cycle is already closed");
    }
    status = CycleStatus.CLOSED;
    closedAt = now;
  }

  public boolean acceptsAnswers() {
    return status == CycleStatus.OPEN;
  }

  public Long id() {
    return id;
  }

  public Survey survey() {
    return survey;
  }

  public String label() {
    return label;
  }

  public CycleStatus status() {
    return status;
  }

  public LocalDate opensOn() {
    return opensOn;
  }

  public LocalDate closesOn() {
    return closesOn;
  }

  public FrozenTemplate template() {
    return new FrozenTemplate(templateCode, templateVersion, templateText);
  }

  public Integer populationSize() {
    return populationSize;
  }

  public List<StratumPopulation> strata() {
    return List.copyOf(strata);
  }

  public Instant openedAt() {
    return openedAt;
  }

  public Instant closedAt() {
    return closedAt;
  }
}
