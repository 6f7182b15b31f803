/**
 * What several Barometer servers on one database need from each other (README, "Several
 * instances"): {@link org.barometer.platform.cluster.InstanceLocks}, leases in the database that
 * let exactly one server run a scheduled job's turn or count a closed cycle.
 *
 * <p>Platform code: features name their own locks; no feature's tables live here.
 */
package org.barometer.platform.cluster;
