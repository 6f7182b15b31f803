/**
 * The three languages Barometer speaks ({@link org.barometer.platform.i18n.Language}: Norwegian,
 * Swedish, English) and a text that exists in all three ({@link
 * org.barometer.platform.i18n.LocalizedText}).
 *
 * <p>Plain value types in the platform, so every feature's domain can hold user-facing texts (such
 * as questionnaire texts written in template files) without resource-bundle keys, and a missing
 * translation cannot be constructed.
 */
package org.barometer.platform.i18n;
