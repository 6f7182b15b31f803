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
   * The latest version of a plan, held for a change until the transaction ends, so that two imports
   * of the same plan at once number their versions one after the other. Runs inside a transaction.
   */
  Optional<StoredVersion> latestForChange(String id);

  /**
   * Stores a new version of the plan read from the document: the plan's first when there is none
   * yet, else the one after its latest ({@code version.number()} says which). Runs inside a
   * transaction.
   */
  void store(Plan plan, StoredVersion version);

  /** Every plan, by municipality and then period, as its latest version describes it. */
  List<PlanEntry> all();

  /** A plan's versions, oldest first; empty when there is no such plan. */
  List<PlanVersion> versions(String id);

  /** One version of a plan with its document as imported. */
  Optional<StoredVersion> version(String id, int number);

  /** Removes a plan with all its versions; false when there was none. Runs in a transaction. */
  boolean remove(String id);

  /** A plan file as stored. */
  record StoredDocument(String fileName, String text) {}

  /** A version with the document it holds. */
  record StoredVersion(PlanVersion version, StoredDocument document) {}
}
