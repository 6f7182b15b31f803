/** An issued report as it is kept: the files, the day, the plan version and who issued it. */
package org.barometer.report.domain;
