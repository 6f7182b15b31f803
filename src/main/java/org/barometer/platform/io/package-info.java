/** Streams that the features share: reading at most a limit of bytes. */
package org.barometer.platform.io;
