/** The report's API ({@code rest}) and the plan page's list of issued reports ({@code web}). */
package org.barometer.report.interfaces;
