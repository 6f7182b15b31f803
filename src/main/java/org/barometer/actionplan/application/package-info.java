/**
 * The services of the plan's year: action plans and their activities for analysts, and status
 * rounds in which owners report from a personal link without a staff login.
 */
package org.barometer.actionplan.application;
