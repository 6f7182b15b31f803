package org.barometer.statistics.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Opens a data file shipped inside Barometer (region groups, municipal code changes) as UTF-8 and
 * hands it to its reader. A missing file is a broken build, not bad input: it fails loudly.
 */
final class ShippedFile {

  /** Reads a file: the loaders' own {@code read(Reader)}. */
  interface Read<T> {
    T from(Reader reader) throws IOException;
  }

  private ShippedFile() {}

  static <T> T read(String resource, Read<T> read) {
    InputStream in = ShippedFile.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("Missing resource " + resource);
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return read.from(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
