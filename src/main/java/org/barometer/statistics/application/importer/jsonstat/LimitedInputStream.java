package org.barometer.statistics.application.importer.jsonstat;

import java.io.IOException;
import java.io.InputStream;
import org.barometer.platform.io.BoundedInputStream;

/**
 * The upload as the JSON parser reads it: at most the parser's limit ({@link TooLarge} past it,
 * which the parser wraps), and closing it leaves the caller's stream open, since the caller opened
 * it and closes it.
 */
final class LimitedInputStream extends BoundedInputStream {

  /** Thrown through the JSON parser (which wraps it) when the limit is passed. */
  static final class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("more than " + limit + " bytes");
    }
  }

  LimitedInputStream(InputStream in, long limit) {
    super(in, limit, TooLarge::new);
  }

  @Override
  public void close() {
    // the caller's stream: not ours to close
  }
}
