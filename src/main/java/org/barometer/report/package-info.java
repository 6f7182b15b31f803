/**
 * The yearly report to the council: a plan scored on a day, its survey, its action plan and the
 * dialogue with businesses, written as PDF and Word and kept exactly as issued. It reads the other
 * features only through their application services and its own port to the meeting records.
 */
package org.barometer.report;
