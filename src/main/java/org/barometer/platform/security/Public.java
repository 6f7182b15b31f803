package org.barometer.platform.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST endpoint, or a Faces page bean, that needs no login: a respondent's submission by
 * personal token, a meeting's public registration page, for instance. Such endpoints and pages
 * authorise by what they are given, never by who calls. Every other REST method needs {@link
 * Allowed}, every other page action {@link StaffAction} (tests check both).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Public {}
