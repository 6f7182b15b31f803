/**
 * What every REST resource under {@code /api} shares: the application itself and its OpenAPI
 * document ({@link org.barometer.platform.rest.BarometerApi}), a cap on the size of every request
 * body ({@link org.barometer.platform.rest.BodySizeLimit}, raised per endpoint with {@link
 * org.barometer.platform.rest.BodyLimit}), and strict JSON reading ({@link
 * org.barometer.platform.rest.JsonReading}) that refuses a number or date by name rather than
 * narrowing it in silence.
 *
 * <p>Platform code: it knows no feature, so each feature's {@code interfaces.rest} resources get
 * the same limits and the same reading without repeating them.
 */
package org.barometer.platform.rest;
