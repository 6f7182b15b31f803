package org.barometer.survey.domain.register;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that fails once more than a set number of characters has been read.
 *
 * <p>The register is parsed as a stream, but a single unterminated quote makes the CSV parser
 * buffer the rest of the file as one field; the bound keeps a huge or wrong upload from exhausting
 * the server's memory.
 */
final class BoundedReader extends FilterReader {

  /** Thrown when the bound is exceeded; content, not an input failure. */
  static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long maxCharacters) {
      super("more than " + maxCharacters + " characters");
    }
  }

  private final long maxCharacters;
  private long read;

  BoundedReader(Reader in, long maxCharacters) {
    super(in);
    this.maxCharacters = maxCharacters;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count(1);
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  private void count(long n) throws TooLargeException {
    read += n;
    if (read > maxCharacters) {
      throw new TooLargeException(maxCharacters);
    }
  }
}
