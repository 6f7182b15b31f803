package org.barometer.statistics.interfaces;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.statistics.application.importer.jsonstat.JsonStatParser;

/**
 * An uploaded file (from the REST API or the import page) written to a temporary file, because
 * parsers read a file twice (once to tell the format, once to parse) and a preview and an import
 * each parse it. Bounded by the largest file the parsers accept; deleted on close.
 */
public final class UploadedFile implements AutoCloseable {

  private final String name;
  private final Path path;

  private UploadedFile(String name, Path path) {
    this.name = name;
    this.path = path;
  }

  /** The largest file accepted: the most any of the parsers reads. */
  public static final long MAX_BYTES = JsonStatParser.MAX_BYTES;

  /**
   * Copies the upload; closes {@code content}.
   *
   * @param fileName the name the user's file had, or null
   * @throws InvalidInputException naming the field {@code file} when the file is empty or larger
   *     than {@link #MAX_BYTES}
   */
  public static UploadedFile copy(String fileName, InputStream content) throws IOException {
    String name = fileName == null || fileName.isBlank() ? "upload" : fileName;
    Path path = Files.createTempFile("barometer-statistics-", ".upload");
    try (InputStream in = content;
        OutputStream out = new BoundedOutput(path, MAX_BYTES)) {
      if (in.transferTo(out) == 0) {
        throw new InvalidInputException("file", name + ": the file is empty.");
      }
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(path);
      throw e;
    }
    return new UploadedFile(name, path);
  }

  public String name() {
    return name;
  }

  public Path path() {
    return path;
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(path);
  }

  /** Writes to a file and refuses to go past a limit, so a huge upload cannot fill the disk. */
  private static final class BoundedOutput extends FilterOutputStream {
    private final long limit;
    private long written;

    BoundedOutput(Path path, long limit) throws IOException {
      super(Files.newOutputStream(path));
      this.limit = limit;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      written += len;
      if (written > limit) {
        throw new InvalidInputException(
            "file", "The file is larger than " + limit / (1024 * 1024) + " MB.");
      }
      out.write(b, off, len);
    }

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }
  }
}
