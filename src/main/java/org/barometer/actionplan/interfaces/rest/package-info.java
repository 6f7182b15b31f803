/** The action plans' REST API under {@code /api/plans/{planId}/action-plans}. */
package org.barometer.actionplan.interfaces.rest;
