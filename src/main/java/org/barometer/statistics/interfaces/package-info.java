/**
 * What the statistics feature's REST resources and Faces pages share: {@link
 * org.barometer.statistics.interfaces.UploadedFile}, an uploaded file written to a temporary file,
 * since a file is parsed more than once (to tell its format, for the preview, for the import).
 *
 * <p>The interfaces layer, shared by {@code rest} and {@code web} so both take files the same way
 * and within the same bound.
 */
package org.barometer.statistics.interfaces;
