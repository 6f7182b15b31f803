/** The staff page of an action plan: activities by goal, their status, and analysts' forms. */
package org.barometer.actionplan.interfaces.web;
