package org.barometer.goals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.barometer.goals.application.planfile.PlanFileException;
import org.barometer.goals.application.planfile.PlanFileReader;
import org.barometer.goals.application.planfile.PlanFileWriter;
import org.barometer.goals.domain.Indicator;
import org.barometer.goals.domain.IndicatorData;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.PlanReferenceException;
import org.barometer.goals.domain.PlanScorer;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.NotFoundException;

/**
 * The municipality's plans: imported from plan files, kept as written, and scored from the
 * statistics and survey results Barometer holds on the day asked.
 */
@ApplicationScoped
public class Plans {

  private final PlanFileReader files = new PlanFileReader();

  /**
   * Plans as last read, by id, with the document they were read from: a stored plan is read again
   * only when its document changed (imported anew, or by another server), not on every scorecard.
   */
  private final Map<String, ReadPlan> read = new ConcurrentHashMap<>();

  private record ReadPlan(PlanLibrary.StoredDocument document, Plan plan) {}

  private PlanLibrary library;
  private StoredMeasurements measurements;

  /** Told of every stored import (action plans take a new plan's measures). */
  @Inject Event<PlanImported> imported;

  protected Plans() {}

  @Inject
  public Plans(PlanLibrary library, StoredMeasurements measurements) {
    this.library = library;
    this.measurements = measurements;
  }

  /**
   * Reads and stores a plan file; a plan with the same id is replaced.
   *
   * @throws PlanFileException naming the line and the place in the plan; nothing is stored then
   */
  public Plan importFile(String fileName, String text) throws PlanFileException {
    Plan plan = files.read(fileName, text);
    library.store(plan, fileName, text);
    imported.fire(new PlanImported(plan));
    return plan;
  }

  /**
   * Starts the next plan period from a plan: the same goals and indicators for the period after
   * ({@link Plan#copyForNextPeriod}), stored as a YAML file the office then revises and imports
   * again. The new plan's file is written afresh, so the old file's comments are not carried over.
   *
   * @throws NotFoundException when there is no plan {@code id}
   * @throws ConflictException when a plan {@code newId} exists
   * @throws PlanFileException when the new id or title is not one a plan file may hold
   */
  public Plan copyForNextPeriod(String id, String newId, String newTitle) throws PlanFileException {
    Plan copy = plan(id).copyForNextPeriod(newId, newTitle);
    if (library.document(newId).isPresent()) {
      throw new ConflictException("id", "There is already a plan " + newId + ".");
    }
    return importFile(newId + ".yaml", new PlanFileWriter().yaml(copy));
  }

  public List<PlanEntry> all() {
    return library.all();
  }

  /**
   * @throws NotFoundException when there is no such plan
   */
  public Plan plan(String id) {
    PlanLibrary.StoredDocument document = document(id);
    ReadPlan last = read.get(id);
    if (last != null && last.document().equals(document)) {
      return last.plan();
    }
    try {
      Plan plan = files.read(document.fileName(), document.text());
      read.put(id, new ReadPlan(document, plan));
      return plan;
    } catch (PlanFileException e) {
      // it was read when imported: only a change of the format could make it unreadable now
      throw new IllegalStateException("The stored plan " + id + " no longer reads: " + e, e);
    }
  }

  /**
   * @throws NotFoundException when there is no such plan
   */
  public PlanLibrary.StoredDocument document(String id) {
    return library
        .document(id)
        .orElseThrow(() -> new NotFoundException("There is no plan " + id + "."));
  }

  /**
   * @throws NotFoundException when there is no such plan
   */
  public void remove(String id) {
    read.remove(id);
    if (!library.remove(id)) {
      throw new NotFoundException("There is no plan " + id + ".");
    }
  }

  /**
   * One indicator of a plan with what its chart shows, as of a day.
   *
   * @throws NotFoundException when there is no such plan or indicator
   */
  public IndicatorPicture picture(String planId, String indicatorId, LocalDate asOf) {
    Plan plan = plan(planId);
    Indicator indicator =
        plan.indicator(indicatorId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "The plan " + planId + " has no indicator " + indicatorId + "."));
    IndicatorData data;
    try {
      data = measurements.lookup(plan.municipality(), asOf).forIndicator(indicator);
    } catch (PlanReferenceException e) {
      // the scorecard reports the error in the plan; the chart has no figures to show
      data = IndicatorData.none();
    }
    return IndicatorPicture.of(indicator, plan.period(), data);
  }

  /**
   * The plan scored with what was published by {@code asOf}.
   *
   * @throws NotFoundException when there is no such plan
   */
  public Scorecard scorecard(String id, LocalDate asOf) {
    Plan plan = plan(id);
    return new Scorecard(
        plan, PlanScorer.score(plan, measurements.lookup(plan.municipality(), asOf), asOf), asOf);
  }
}
