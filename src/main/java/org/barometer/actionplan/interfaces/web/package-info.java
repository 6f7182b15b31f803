/**
 * The pages of the plan's year: an action plan's activities by goal with analysts' forms, the
 * status rounds and who has reported in each, and the owners' phone page behind their personal link
 * ({@code /status/<token>}).
 */
package org.barometer.actionplan.interfaces.web;
