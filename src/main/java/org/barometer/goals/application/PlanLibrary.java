package org.barometer.goals.application;

import java.util.List;
import java.util.Optional;
import org.barometer.goals.domain.Plan;

/** Keeps the municipality's plans as the documents they were written as. */
public interface PlanLibrary {

  /** Stores the plan read from the document, replacing a plan with the same id. */
  void store(Plan plan, String fileName, String document);

  /** Every plan, by municipality and then period. */
  List<PlanEntry> all();

  /** The document of a plan as imported. */
  Optional<StoredDocument> document(String id);

  /** Removes a plan; false when there was none. */
  boolean remove(String id);

  /** A plan file as stored. */
  record StoredDocument(String fileName, String text) {}
}
