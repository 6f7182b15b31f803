/**
 * The client of Kolada's API v3, the Swedish municipalities' key figures (KPIs): {@link
 * org.barometer.statistics.infrastructure.fetch.kolada.KpiCatalogue} lists the KPIs to pick from,
 * {@link org.barometer.statistics.infrastructure.fetch.kolada.KoladaClient} fetches their values
 * page by page, and {@link org.barometer.statistics.infrastructure.fetch.kolada.KoladaTable} turns
 * them into a dataset with KPI, municipality and period.
 *
 * <p>Infrastructure, a part of {@code fetch}: a KPI becomes a table like any office's, so it is
 * stored, read and compared like the PxWeb tables and imported files.
 */
package org.barometer.statistics.infrastructure.fetch.kolada;
