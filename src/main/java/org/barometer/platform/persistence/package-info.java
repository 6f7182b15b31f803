/**
 * What the database needs regardless of feature: the Flyway migrations run before the first request
 * ({@link org.barometer.platform.persistence.DatabaseMigration}; the schema is Flyway's, never
 * EclipseLink's), a converter that stores {@link java.time.Instant}s as timestamps ({@link
 * org.barometer.platform.persistence.InstantConverter}), and one transaction of a few JDBC
 * statements for the stores that speak JDBC directly ({@link
 * org.barometer.platform.persistence.JdbcWork}).
 *
 * <p>Platform code: the features' infrastructure layers use it; no feature's tables or queries live
 * here.
 */
package org.barometer.platform.persistence;
