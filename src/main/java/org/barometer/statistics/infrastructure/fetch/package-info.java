/**
 * Fetching official statistics straight from the offices and storing them part by part as they
 * arrive: {@link org.barometer.statistics.infrastructure.fetch.OfficeFetch} implements the
 * application's {@link org.barometer.statistics.application.StatisticsFetch} port with the clients
 * in {@code pxweb} (SSB, SCB) and {@code kolada}.
 *
 * <p>The infrastructure layer, since these are HTTP clients of other services. What every office
 * client shares lives here once: {@link org.barometer.statistics.infrastructure.fetch.OfficeHttp}
 * with timeouts, streaming and retries of "busy" answers, a sliding-window {@link
 * org.barometer.statistics.infrastructure.fetch.RateLimiter} per office, and a {@link
 * org.barometer.statistics.infrastructure.fetch.PartReceiver} that takes each part so a large table
 * is never held whole in memory.
 */
package org.barometer.statistics.infrastructure.fetch;
