/**
 * The client of PxWebApi 2, through which SSB and SCB publish tables as JSON-stat 2.0: {@link
 * org.barometer.statistics.infrastructure.fetch.pxweb.PxWebClient} reads a table's metadata,
 * resolves a {@link org.barometer.statistics.infrastructure.fetch.pxweb.TableQuery} against it, and
 * fetches the parts that {@link org.barometer.statistics.infrastructure.fetch.pxweb.QueryPlanner}
 * splits to the office's cell limit.
 *
 * <p>Infrastructure, a part of {@code fetch}: selections are resolved into explicit codes before
 * anything is requested, so every request's number of cells is known and stays under the limits a
 * {@link org.barometer.statistics.infrastructure.fetch.pxweb.PxWebOffice} sets. The answers are
 * parsed by the application's JSON-stat importer.
 */
package org.barometer.statistics.infrastructure.fetch.pxweb;
