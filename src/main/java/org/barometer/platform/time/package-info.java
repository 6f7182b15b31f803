/**
 * The time services are given. A service takes a {@link java.time.Clock} in its constructor, and
 * CDI gives it {@link org.barometer.platform.time.SystemClock}'s, so that a test can set the time
 * instead of waiting for it.
 */
package org.barometer.platform.time;
