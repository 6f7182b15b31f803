/**
 * The MicroProfile Health checks under {@code /health}: {@link
 * org.barometer.platform.health.ApplicationLiveness} (alive while the JVM has memory to spare) and
 * {@link org.barometer.platform.health.DatabaseHealth} (ready only while the database answers).
 *
 * <p>Platform code: they say whether the application as a whole can serve, not any feature's state.
 */
package org.barometer.platform.health;
