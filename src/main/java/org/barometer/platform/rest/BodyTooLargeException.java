package org.barometer.platform.rest;

import java.io.IOException;

/**
 * A request body went past its endpoint's {@link BodyLimit}. An {@link IOException} because it is
 * thrown from the body's stream, where readers expect one; whatever wraps it on the way up, the
 * error mapper finds it in the causes and answers 413.
 */
public class BodyTooLargeException extends IOException {

  private static final long serialVersionUID = 1L;

  private final long limit;

  public BodyTooLargeException(long limit) {
    super("The request body is larger than " + BodySizeLimit.describe(limit) + ".");
    this.limit = limit;
  }

  /** The limit in bytes. */
  public long limit() {
    return limit;
  }
}
