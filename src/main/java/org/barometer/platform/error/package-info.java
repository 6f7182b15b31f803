/**
 * How refusals are told, the same way in every feature: the exceptions the application layer throws
 * ({@link org.barometer.platform.error.InvalidInputException} with its {@link
 * org.barometer.platform.error.Problem}s, {@link org.barometer.platform.error.NotFoundException},
 * {@link org.barometer.platform.error.ConflictException} and a few more) and the mappers that turn
 * any exception reaching the REST layer into an {@link org.barometer.platform.error.ApiError}
 * ({@link org.barometer.platform.error.ErrorMappers}).
 *
 * <p>Platform code, shared by every layer: a service says what is wrong (row, field, value) without
 * knowing whether a page or a program asked, and callers always get JSON naming the field, never an
 * HTML page or a stack trace.
 */
package org.barometer.platform.error;
