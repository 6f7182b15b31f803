package org.barometer.goals.application.editor;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.barometer.goals.application.ImportedVersion;
import org.barometer.goals.application.PlanLibrary;
import org.barometer.goals.application.Plans;
import org.barometer.goals.application.Revision;
import org.barometer.goals.application.Scorecard;
import org.barometer.goals.application.StoredMeasurements;
import org.barometer.goals.application.planfile.PlanFileException;
import org.barometer.goals.application.planfile.PlanFileWriter;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.PlanScorer;
import org.barometer.goals.domain.PlanVersion;

/**
 * Plans edited in the browser: a stored plan opened as a draft, a draft scored as it stands (by the
 * scorecard's own scoring, with what Barometer holds), and a draft saved as the plan file {@link
 * PlanFileWriter} writes, imported as the plan's next version by {@link Plans#importFile}, as a
 * file written by hand would be. A draft with any wrong field saves nothing.
 */
@ApplicationScoped
public class PlanEditor {

  private Plans plans;
  private StoredMeasurements measurements;

  protected PlanEditor() {}

  @Inject
  public PlanEditor(Plans plans, StoredMeasurements measurements) {
    this.plans = plans;
    this.measurements = measurements;
  }

  /**
   * The latest version of a plan as a draft.
   *
   * @throws org.barometer.platform.error.NotFoundException when there is no such plan
   */
  public PlanDraft open(String id) {
    return Drafts.of(plans.plan(id));
  }

  /** The draft checked, field by field. */
  public Drafted check(PlanDraft draft) {
    return DraftBuilder.build(draft);
  }

  /**
   * The draft's right indicators scored on a day, as the scorecard would score them; empty while
   * the plan's municipality or period is wrong. The version is a stand-in: nothing is stored.
   */
  public Optional<Scorecard> preview(Drafted drafted, LocalDate asOf) {
    return drafted
        .scorable()
        .map(
            plan ->
                new Scorecard(
                    plan,
                    PlanScorer.score(plan, measurements.lookup(plan.municipality(), asOf), asOf),
                    asOf,
                    new PlanVersion(1, asOf, Optional.empty(), Instant.now(), "")));
  }

  /**
   * Saves a draft as the plan's next version: version 1 of a new plan, else the next version of the
   * plan {@code editing}, under the file name its latest version had.
   *
   * @param editing the id of the plan being edited; null for a new plan
   * @return the draft's problems, and the version stored when there were none (not stored when the
   *     file is the same as the latest version's)
   * @throws org.barometer.platform.error.InvalidInputException for a revision that may not follow
   *     the latest version (no reason, a day in force before it)
   */
  public Saved save(PlanDraft draft, String editing, Revision revision) {
    Drafted drafted = DraftBuilder.build(draft);
    List<DraftProblem> problems = new ArrayList<>(drafted.problems());
    Optional<PlanLibrary.StoredVersion> latest =
        plans.latest(editing == null ? draft.getId() : editing);
    if (editing == null && latest.isPresent()) {
      problems.add(
          0,
          new DraftProblem(draft, "id", "goals.editor.problem.planExists", List.of(draft.getId())));
    } else if (editing != null && !editing.equals(draft.getId())) {
      problems.add(
          0, new DraftProblem(draft, "id", "goals.editor.problem.idChanged", List.of(editing)));
    }
    if (!problems.isEmpty() || drafted.plan().isEmpty()) {
      return new Saved(new Drafted(Optional.empty(), drafted.scorable(), problems), null);
    }
    Plan plan = drafted.plan().get();
    String fileName =
        latest
            .map(l -> l.document().fileName())
            .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
            .orElse(plan.id() + ".yaml");
    try {
      return new Saved(
          drafted, plans.importFile(fileName, new PlanFileWriter().yaml(plan), revision));
    } catch (PlanFileException e) {
      // the writer writes what the reader reads: a refusal here is a bug, not the analyst's input
      throw new IllegalStateException("A plan from the editor does not read back: " + e, e);
    }
  }

  /**
   * What a save did.
   *
   * @param drafted the draft as checked, with its problems
   * @param version the version stored, or null when the draft had problems
   */
  public record Saved(Drafted drafted, ImportedVersion version) {}
}
