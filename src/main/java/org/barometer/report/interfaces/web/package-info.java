/** The issued reports on the plan's page, and the form an analyst issues one from. */
package org.barometer.report.interfaces.web;
