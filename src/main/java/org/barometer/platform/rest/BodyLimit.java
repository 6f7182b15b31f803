package org.barometer.platform.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The largest request body a REST resource or method takes, in megabytes, where it needs more than
 * the {@link BodySizeLimit#DEFAULT_MEGABYTES default}: the file uploads. A method's annotation
 * overrides its class's. Every limit is documented with the endpoint (README, security).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface BodyLimit {
  /** Megabytes (2^20 bytes). */
  int megabytes();
}
