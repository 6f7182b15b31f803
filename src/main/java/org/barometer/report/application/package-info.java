/**
 * Issuing a report: the model collected from the features ({@code ReportCollector}), the two
 * renderers (PDF through openhtmltopdf, Word through POI's XWPF) and the chart they share.
 */
package org.barometer.report.application;
