package org.barometer.goals.infrastructure;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.barometer.goals.application.PlanEntry;
import org.barometer.goals.domain.Plan;

/**
 * A plan's row in {@code goal_plan}: what its latest version says, so the list of plans reads no
 * document. The documents are its versions ({@link StoredPlanVersion}). Not cached: two servers may
 * share one database.
 */
@Entity
@Table(name = "goal_plan")
@NamedQuery(
    name = "StoredPlan.findAll",
    query = "select p from StoredPlan p order by p.municipalityName, p.period, p.id")
public class StoredPlan {

  @Id private String id;

  @Column(name = "municipality_code", nullable = false)
  private String municipalityCode;

  @Column(name = "municipality_name", nullable = false)
  private String municipalityName;

  @Column(nullable = false)
  private String country;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String period;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  @Column(name = "latest_version", nullable = false)
  private int latestVersion;

  protected StoredPlan() {}

  StoredPlan(String id) {
    this.id = id;
  }

  /** Describes the plan by its new latest version. */
  void describe(Plan plan, String fileName, Instant importedAt, int version) {
    this.municipalityCode = plan.municipality().code();
    this.municipalityName = plan.municipality().name();
    this.country = plan.municipality().country().name();
    this.title = plan.title();
    this.period = plan.period().text();
    this.fileName = fileName;
    this.importedAt = importedAt;
    this.latestVersion = version;
  }

  PlanEntry entry() {
    return new PlanEntry(
        id,
        municipalityCode,
        municipalityName,
        country,
        title,
        period,
        fileName,
        importedAt,
        latestVersion);
  }

  int latestVersion() {
    return latestVersion;
  }
}
