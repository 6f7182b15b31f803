package org.barometer.platform.io;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongFunction;

/**
 * A stream that fails as soon as more than its limit has been read, so that a huge body or file is
 * refused while it streams in, holding no more than the limit and one buffer, instead of after it
 * has been read whole. What the failure is, and so what the reader's caller is told, is the
 * caller's choice: {@code overLimit} makes it from the limit.
 */
public class BoundedInputStream extends FilterInputStream {

  private final long limit;
  private final LongFunction<? extends IOException> overLimit;
  private long read;

  public BoundedInputStream(
      InputStream in, long limit, LongFunction<? extends IOException> overLimit) {
    super(in);
    this.limit = limit;
    this.overLimit = overLimit;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
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

  /** No marks: a reset would count the same bytes twice. */
  @Override
  public boolean markSupported() {
    return false;
  }

  private void count(long n) throws IOException {
    read += n;
    if (read > limit) {
      throw overLimit.apply(limit);
    }
  }
}
