package org.barometer.statistics.infrastructure.fetch;

import org.barometer.statistics.application.importer.ImportException;

/**
 * Takes each part of a fetch as soon as it is parsed, typically to store it. A table of millions of
 * cells is never held whole in memory: each part is stored and dropped before the next is
 * requested. When the receiver throws, the fetch stops; the parts already received stay stored
 * (storing is idempotent, so a repeated fetch completes the table).
 */
@FunctionalInterface
public interface PartReceiver {

  void receive(FetchedPart part) throws ImportException;
}
