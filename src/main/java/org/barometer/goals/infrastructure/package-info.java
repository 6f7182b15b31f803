/**
 * Where the goals feature keeps what it stores: plans as the documents they were written as ({@link
 * org.barometer.goals.infrastructure.JdbcPlanLibrary}, table {@code goal_plan}) and the published
 * ranks staff enter ({@link org.barometer.goals.infrastructure.JpaRankBook}, table {@code
 * goal_rank_entry}).
 *
 * <p>The infrastructure layer: these classes implement the application's {@link
 * org.barometer.goals.application.PlanLibrary} and {@link org.barometer.goals.application.RankBook}
 * with JDBC, so SQL stays here and the services and scoring rules never see a connection.
 */
package org.barometer.goals.infrastructure;
