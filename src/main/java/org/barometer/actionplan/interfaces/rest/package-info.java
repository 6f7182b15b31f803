/**
 * The action plans' REST API: action plans, activities and status reports under {@code
 * /api/plans/{planId}/action-plans}, status rounds under {@code /api/action-plans/{id}/rounds} and
 * {@code /api/rounds/{id}}, and the owners' reporting without a login under {@code
 * /api/public/status}.
 */
package org.barometer.actionplan.interfaces.rest;
