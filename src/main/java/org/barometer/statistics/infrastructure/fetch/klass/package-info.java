/**
 * The client of SSB's KLASS, the classification database: the municipalities' change list
 * (classification 131), through the shared {@link
 * org.barometer.statistics.infrastructure.fetch.OfficeHttp}.
 */
package org.barometer.statistics.infrastructure.fetch.klass;
