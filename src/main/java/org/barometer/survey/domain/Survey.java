package org.barometer.survey.domain;

import jakarta.persistence.Cacheable;
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

/**
 * A recurring survey of the municipality's businesses, such as the business-climate survey held
 * every third year. What is asked is fixed per cycle by a questionnaire template; the survey names
 * the template its new cycles start from and the smallest group any result may show.
 */
@Entity
@Cacheable
@Table(name = "survey")
@NamedQuery(name = "Survey.findAll", query = "select s from Survey s order by s.name")
@NamedQuery(name = "Survey.findByCode", query = "select s from Survey s where s.code = :code")
public class Survey {

  /** Insikt's publication rule: no result from fewer than seven answers. */
  public static final int DEFAULT_MIN_GROUP_SIZE = 7;

  @Id
  @SequenceGenerator(name = "id_seq", sequenceName = "id_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "id_seq")
  private Long id;

  @Column(nullable = false, unique = true)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "template_code", nullable = false)
  private String templateCode;

  @Column(name = "min_group_size", nullable = false)
  private int minGroupSize;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Survey() {}

  public Survey(String code, String name, String templateCode, int minGroupSize, Instant now) {
    if (minGroupSize < 1) {
      throw new IllegalArgumentException("The minimum group size must be at least 1");
    }
    this.code = Objects.requireNonNull(code);
    this.name = Objects.requireNonNull(name);
    this.templateCode = Objects.requireNonNull(templateCode);
    this.minGroupSize = minGroupSize;
    this.createdAt = Objects.requireNonNull(now);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public String templateCode() {
    return templateCode;
  }

  public int minGroupSize() {
    return minGroupSize;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
