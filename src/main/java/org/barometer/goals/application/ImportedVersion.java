package org.barometer.goals.application;

import org.barometer.goals.domain.Plan;
import org.barometer.goals.domain.PlanVersion;

/**
 * What an import did.
 *
 * @param plan the plan the file holds
 * @param version the version it is: the new one, or the latest when the file was the same
 * @param created whether a new version was stored; false when the document was the same as the
 *     plan's latest version, which stores nothing
 */
public record ImportedVersion(Plan plan, PlanVersion version, boolean created) {}
