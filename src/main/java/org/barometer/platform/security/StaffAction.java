package org.barometer.platform.security;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may run a Faces action (a button's {@code action}, an upload's {@code listener}, a page's
 * {@code viewAction}): any one of the given roles, checked on the server by {@link
 * StaffActionGuard} when the method is called. A button's {@code rendered=} only hides it; this
 * holds also for a form posted by hand. The counterpart of {@link Allowed} for the REST API. On a
 * class it covers every method of the bean, getters included; pages put it on each action.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface StaffAction {
  /** The roles, any of which may run the action; see {@link Role#grants} for the ladder. */
  @Nonbinding
  Role[] value() default {};
}
