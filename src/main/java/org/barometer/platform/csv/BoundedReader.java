package org.barometer.platform.csv;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * A reader that fails once more than a set amount of text has been read.
 *
 * <p>Uploads are parsed as a stream, but a single unterminated quote makes the CSV parser buffer
 * the rest of the file as one field; the bound keeps a huge or wrong upload from exhausting the
 * server's memory.
 *
 * <p>The amount is counted in a {@link Unit}: characters, or the bytes those characters take in
 * UTF-8. The second lets an importer that promises a limit in bytes keep it while reading decoded
 * text: for strictly decoded UTF-8 the two counts are the same, so no separate byte-counting stream
 * is needed.
 */
public final class BoundedReader extends FilterReader {

  /** What the bound counts. */
  public enum Unit {
    CHARACTERS("characters"),
    UTF8_BYTES("bytes");

    private final String word;

    Unit(String word) {
      this.word = word;
    }

    long sizeOf(char[] buffer, int offset, int length) {
      if (this == CHARACTERS) {
        return length;
      }
      long size = 0;
      for (int i = offset; i < offset + length; i++) {
        size += sizeOf(buffer[i]);
      }
      return size;
    }

    /** A surrogate pair is four bytes in UTF-8: two for each half. */
    long sizeOf(char c) {
      if (this == CHARACTERS || c < 0x80) {
        return 1;
      }
      return c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
  }

  /** Thrown when the bound is exceeded; content, not an input failure. */
  public static final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(long max, Unit unit) {
      super("more than " + max + " " + unit.word);
    }
  }

  private final long max;
  private final Unit unit;
  private long read;

  /**
   * @param in the text to bound
   * @param max the most text that may be read, in {@code unit}
   * @param unit what {@code max} counts
   */
  public BoundedReader(Reader in, long max, Unit unit) {
    super(in);
    this.max = max;
    this.unit = unit;
  }

  @Override
  public int read() throws IOException {
    int c = super.read();
    if (c >= 0) {
      count(unit.sizeOf((char) c));
    }
    return c;
  }

  @Override
  public int read(char[] buffer, int offset, int length) throws IOException {
    int n = super.read(buffer, offset, length);
    if (n > 0) {
      count(unit.sizeOf(buffer, offset, n));
    }
    return n;
  }

  /** Reads what it skips, so that skipped text is counted in the unit like any other. */
  @Override
  public long skip(long n) throws IOException {
    if (n < 0) {
      throw new IllegalArgumentException("skip value is negative");
    }
    char[] buffer = new char[(int) Math.min(n, 8192)];
    long left = n;
    while (left > 0) {
      int r = read(buffer, 0, (int) Math.min(left, buffer.length));
      if (r < 0) {
        break;
      }
      left -= r;
    }
    return n - left;
  }

  private void count(long n) throws TooLargeException {
    read += n;
    if (read > max) {
      throw new TooLargeException(max, unit);
    }
  }
}
