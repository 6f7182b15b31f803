package org.barometer.goals.application;

import java.util.List;
import java.util.Optional;
import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.PlanVersion;

/**
 * Keeps the municipality's plans as the documents they were written as, every version of each: a
 * changed plan is a new version beside the old ones, never a replacement.
 */
public interface PlanLibrary {

  /**
   * Stores a new version of the plan read from the document, in a transaction of its own: version 1
   * of a new plan, or the version after the plan's latest. The plan is locked meanwhile, so two
   * imports of one plan at once cannot both store the same number.
   *
   * @throws org.barometer.platform.error.ConflictException when the plan's latest version is not
   *     the one before {@code version} (another import came first), or version 1 of a plan that
   *     exists
   */
  void store(Plan plan, StoredVersion version);

  /** Every plan, by municipality and then period, as its latest version describes it. */
  List<PlanEntry> all();

  /** A plan's versions, oldest first; empty when there is no such plan. */
  List<PlanVersion> versions(String id);

  /** One version of a plan with its document as imported. */
  Optional<StoredVersion> version(String id, int number);

  /** Removes a plan with all its versions; false when there was none. */
  boolean remove(String id);

  /** A plan file as stored. */
  record StoredDocument(String fileName, String text) {}

  /** A version with the document it holds. */
  record StoredVersion(PlanVersion version, StoredDocument document) {}
}
