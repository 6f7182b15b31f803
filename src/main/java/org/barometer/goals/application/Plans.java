package org.barometer.goals.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.barometer.goals.application.planfile.PlanFileException;
import org.barometer.goals.application.planfile.PlanFileReader;
import org.barometer.goals.application.planfile.PlanFileWriter;
import org.barometer.goals.domain.Indicator;
import org.barometer.goals.domain.IndicatorData;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.PlanChanges;
import org.barometer.goals.domain.PlanReferenceException;
import org.barometer.goals.domain.PlanScorer;
import org.barometer.goals.domain.PlanVersion;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;

/**
 * The municipality's plans: imported from plan files, kept as written with every earlier version,
 * and scored from the statistics and survey results Barometer holds on the day asked, by the
 * version in force that day.
 */
@ApplicationScoped
public class Plans {

  private final PlanFileReader files = new PlanFileReader();

  /**
   * Plan versions as last read, by id and number, with the document they were read from: a stored
   * version is read again only when its document changed (the plan removed and imported anew, or by
   * another server), not on every scorecard.
   */
  private final Map<String, ReadPlan> read = new ConcurrentHashMap<>();

  private record ReadPlan(PlanLibrary.StoredDocument document, Plan plan) {}

  private PlanLibrary library;
  private StoredMeasurements measurements;
  private Clock clock = Clock.systemDefaultZone();

  /** Told of every stored version (action plans take a new plan's measures). */
  private Event<PlanImported> imported;

  protected Plans() {}

  @Inject
  public Plans(PlanLibrary library, StoredMeasurements measurements, Event<PlanImported> imported) {
    this.library = library;
    this.measurements = measurements;
    this.imported = imported;
  }

  /**
   * Reads a plan file and stores it as the plan's next version: version 1 of a new plan, else a new
   * version beside the earlier ones, which are kept. A file the same as the plan's latest version
   * stores nothing. From the second version on the revision must say why; its day in force (today
   * when not given) may not be before the latest version's.
   *
   * @throws PlanFileException naming the line and the place in the plan; nothing is stored then
   * @throws InvalidInputException ({@code reason}, {@code inForceFrom}) when the revision is not
   *     one that may follow the latest version
   * @throws ConflictException when another import of the plan was stored meanwhile
   */
  public ImportedVersion importFile(String fileName, String text, Revision revision)
      throws PlanFileException {
    Plan plan = files.read(fileName, text);
    if (revision.reason().length() > Revision.MAX_REASON) {
      throw new InvalidInputException(
          "reason", "A reason is at most " + Revision.MAX_REASON + " characters.");
    }
    Optional<PlanLibrary.StoredVersion> latest = latest(plan.id());
    if (latest.isPresent() && latest.get().document().text().equals(text)) {
      return new ImportedVersion(plan, latest.get().version(), false);
    }
    LocalDate inForce =
        revision.inForceFrom() == null ? LocalDate.now(clock) : revision.inForceFrom();
    int number = 1;
    if (latest.isPresent()) {
      PlanVersion before = latest.get().version();
      if (revision.reason().isEmpty()) {
        throw new InvalidInputException(
            "reason",
            "Say why the plan changes: version "
                + (before.number() + 1)
                + " of "
                + plan.id()
                + " needs a reason.");
      }
      if (!before.mayBeFollowedFrom(inForce)) {
        throw new InvalidInputException(
            "inForceFrom",
            "Version "
                + (before.number() + 1)
                + " cannot come into force before version "
                + before.number()
                + ", in force from "
                + before.inForceFrom()
                + ".");
      }
      number = before.number() + 1;
    }
    PlanVersion version =
        new PlanVersion(
            number,
            inForce,
            revision.by().isEmpty() ? Optional.empty() : Optional.of(revision.by()),
            Instant.now(clock),
            revision.reason());
    library.store(
        plan,
        new PlanLibrary.StoredVersion(version, new PlanLibrary.StoredDocument(fileName, text)));
    imported.fire(new PlanImported(plan));
    return new ImportedVersion(plan, version, true);
  }

  /**
   * Starts the next plan period from a plan: the same goals and indicators for the period after
   * ({@link Plan#copyForNextPeriod}), stored as version 1 of a new plan in a YAML file the office
   * then revises and imports again. The new plan's file is written afresh, so the old file's
   * comments are not carried over.
   *
   * @throws NotFoundException when there is no plan {@code id}
   * @throws ConflictException when a plan {@code newId} exists
   * @throws PlanFileException when the new id or title is not one a plan file may hold
   */
  public ImportedVersion copyForNextPeriod(String id, String newId, String newTitle, String by)
      throws PlanFileException {
    Plan copy = plan(id).copyForNextPeriod(newId, newTitle);
    if (!library.versions(newId).isEmpty()) {
      throw new ConflictException("id", "There is already a plan " + newId + ".");
    }
    return importFile(newId + ".yaml", new PlanFileWriter().yaml(copy), Revision.by(by));
  }

  /**
   * Reads a plan file without storing it, to tell before an import whether it is a new plan or a
   * new version of one.
   *
   * @throws PlanFileException naming the line and the place in the plan
   */
  public Plan read(String fileName, String text) throws PlanFileException {
    return files.read(fileName, text);
  }

  /** The latest version of a plan, if there is such a plan. */
  public Optional<PlanLibrary.StoredVersion> latest(String id) {
    List<PlanVersion> versions = library.versions(id);
    return versions.isEmpty()
        ? Optional.empty()
        : library.version(id, versions.get(versions.size() - 1).number());
  }

  public List<PlanEntry> all() {
    return library.all();
  }

  /**
   * The plan as its latest version has it.
   *
   * @throws NotFoundException when there is no such plan
   */
  public Plan plan(String id) {
    List<PlanVersion> versions = versions(id);
    return plan(id, versions.get(versions.size() - 1).number());
  }

  /**
   * The plan as one of its versions has it.
   *
   * @throws NotFoundException when there is no such plan or version
   */
  public Plan plan(String id, int number) {
    PlanLibrary.StoredDocument document = version(id, number).document();
    String key = id + "#" + number;
    ReadPlan last = read.get(key);
    if (last != null && last.document().equals(document)) {
      return last.plan();
    }
    try {
      Plan plan = files.read(document.fileName(), document.text());
      read.put(key, new ReadPlan(document, plan));
      return plan;
    } catch (PlanFileException e) {
      // it was read when imported: only a change of the format could make it unreadable now
      throw new IllegalStateException(
          "The stored plan " + id + " version " + number + " no longer reads: " + e, e);
    }
  }

  /**
   * A plan's versions, oldest first.
   *
   * @throws NotFoundException when there is no such plan
   */
  public List<PlanVersion> versions(String id) {
    List<PlanVersion> versions = library.versions(id);
    if (versions.isEmpty()) {
      throw new NotFoundException("There is no plan " + id + ".");
    }
    return versions;
  }

  /**
   * One version with its document as imported.
   *
   * @throws NotFoundException when there is no such plan or version
   */
  public PlanLibrary.StoredVersion version(String id, int number) {
    return library
        .version(id, number)
        .orElseThrow(
            () ->
                new NotFoundException(
                    library.versions(id).isEmpty()
                        ? "There is no plan " + id + "."
                        : "The plan " + id + " has no version " + number + "."));
  }

  /** The version in force on a day ({@link PlanVersion#inForceOn}). */
  public PlanVersion versionInForce(String id, LocalDate day) {
    return PlanVersion.inForceOn(versions(id), day);
  }

  /**
   * What changed from version {@code from} to version {@code to} of a plan.
   *
   * @throws NotFoundException when there is no such plan or version
   */
  public VersionChanges changes(String id, int from, int to) {
    PlanVersion a = version(id, from).version();
    PlanVersion b = version(id, to).version();
    Plan before = plan(id, from);
    Plan after = plan(id, to);
    return new VersionChanges(a, b, before, after, PlanChanges.between(before, after));
  }

  /**
   * The latest version's document as imported.
   *
   * @throws NotFoundException when there is no such plan
   */
  public PlanLibrary.StoredDocument document(String id) {
    List<PlanVersion> versions = versions(id);
    return version(id, versions.get(versions.size() - 1).number()).document();
  }

  /**
   * Removes a plan with all its versions.
   *
   * @throws NotFoundException when there is no such plan
   */
  public void remove(String id) {
    read.keySet().removeIf(k -> k.startsWith(id + "#"));
    if (!library.remove(id)) {
      throw new NotFoundException("There is no plan " + id + ".");
    }
  }

  /**
   * One indicator of a plan with what its chart shows, as of a day, in the version in force that
   * day.
   *
   * @throws NotFoundException when there is no such plan or indicator
   */
  public IndicatorPicture picture(String planId, String indicatorId, LocalDate asOf) {
    Plan plan = plan(planId, versionInForce(planId, asOf).number());
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
   * The plan scored with what was published by {@code asOf}, by the version in force that day.
   *
   * @throws NotFoundException when there is no such plan
   */
  public Scorecard scorecard(String id, LocalDate asOf) {
    PlanVersion version = versionInForce(id, asOf);
    Plan plan = plan(id, version.number());
    return new Scorecard(
        plan,
        PlanScorer.score(plan, measurements.lookup(plan.municipality(), asOf), asOf),
        asOf,
        version);
  }
}
