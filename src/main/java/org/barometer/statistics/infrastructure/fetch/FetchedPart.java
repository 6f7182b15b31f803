package org.barometer.statistics.infrastructure.fetch;

import java.net.URI;
import org.barometer.statistics.application.importer.Dataset;

/**
 * One answer of an office, parsed: a query too big for one request is split, and each part is
 * handed on as it arrives (see {@link PartReceiver}).
 *
 * @param dataset the parsed table part
 * @param office the office's short name ("SSB", "SCB", "Kolada")
 * @param tableId the table (PxWeb) or KPI (Kolada) it belongs to
 * @param request the request that produced it, for messages and logs
 * @param part this part's number, from 1
 * @param parts how many parts the fetch was planned in; 0 when not known in advance (Kolada's
 *     pages)
 */
public record FetchedPart(
    Dataset dataset, String office, String tableId, URI request, int part, int parts) {}
