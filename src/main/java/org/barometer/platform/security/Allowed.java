package org.barometer.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a REST resource or method: any one of the given roles. A method's annotation
 * overrides its class's. An endpoint with neither this nor {@link Public} is refused to everyone,
 * so forgetting the annotation fails closed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Allowed {
  Role[] value();
}
