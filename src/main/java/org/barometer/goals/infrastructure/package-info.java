/**
 * Where the goals feature keeps what it stores, with JPA: plans and their versions as the documents
 * they were written as ({@link org.barometer.goals.infrastructure.JpaPlanLibrary}, tables {@code
 * goal_plan} and {@code goal_plan_version}) and the published ranks staff enter ({@link
 * org.barometer.goals.infrastructure.JpaRankBook}, table {@code goal_rank_entry}).
 *
 * <p>The infrastructure layer: these classes implement the application's {@link
 * org.barometer.goals.application.PlanLibrary} and {@link org.barometer.goals.application.RankBook}
 * ports, so the services and scoring rules never see the database.
 */
package org.barometer.goals.infrastructure;
