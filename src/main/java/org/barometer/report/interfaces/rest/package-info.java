/** {@code /api/plans/{planId}/reports}: list, issue, and fetch the files as issued. */
package org.barometer.report.interfaces.rest;
