/** The JPA store of issued reports and the adapter that reads the meeting feature's records. */
package org.barometer.report.infrastructure;
