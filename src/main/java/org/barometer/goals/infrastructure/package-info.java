/**
 * Where the goals feature keeps what it stores: plans with every version of their documents as
 * written ({@link org.barometer.goals.infrastructure.JpaPlanLibrary}, JPA, tables {@code goal_plan}
 * and {@code goal_plan_version}) and the published ranks staff enter ({@link
 * org.barometer.goals.infrastructure.JdbcRankBook}, JDBC, table {@code goal_rank_entry}).
 *
 * <p>The infrastructure layer: these classes implement the application's {@link
 * org.barometer.goals.application.PlanLibrary} and {@link
 * org.barometer.goals.application.RankBook}, so SQL and the entity manager stay here and the
 * services and scoring rules never see them.
 */
package org.barometer.goals.infrastructure;
