/**
 * The goals feature's JAX-RS resources under {@code /api}: import a plan file, read it back and
 * score it ({@link org.barometer.goals.interfaces.rest.PlanResource}), and enter or read a
 * municipality's places in published rankings ({@link
 * org.barometer.goals.interfaces.rest.RankResource}).
 *
 * <p>The interfaces layer: HTTP and transfer records only; the work is done in the application
 * layer ({@link org.barometer.goals.application.Plans}, {@link
 * org.barometer.goals.application.RankBook}).
 */
package org.barometer.goals.interfaces.rest;
