package org.barometer.platform.csv;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import org.apache.commons.csv.CSVException;

/**
 * A file could not be read to the end, with why and on which line reading stopped.
 *
 * <p>Most such failures are the file's fault and are reported to staff like any row problem; the
 * {@link Reason} lets each importer word the size limit in its own terms and decide what to do when
 * the input itself failed (a broken connection is not the file's fault).
 *
 * <p>{@link #getMessage()} is a sentence for staff for {@link Reason#NOT_UTF8} and {@link
 * Reason#NOT_CSV}, the limit ("more than 200 characters") for {@link Reason#TOO_LARGE}, and the
 * input's own message for {@link Reason#INPUT_FAILED}.
 */
public final class UnreadableCsvException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why reading stopped. */
  public enum Reason {
    /** The file exceeded the {@link BoundedReader} limit. */
    TOO_LARGE,
    /** The bytes are not UTF-8. */
    NOT_UTF8,
    /** The text is not CSV, mostly an unclosed double quote. */
    NOT_CSV,
    /** Reading failed for a reason that is not the file's content. */
    INPUT_FAILED
  }

  private final Reason reason;
  private final long line;

  private UnreadableCsvException(Reason reason, long line, String message, IOException cause) {
    super(message, cause);
    this.reason = reason;
    this.line = line;
  }

  /**
   * Classifies a failure by the first cause that says it is the file's content.
   *
   * @param failure what reading threw
   * @param line the line being read when it failed
   */
  static UnreadableCsvException of(IOException failure, long line) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof BoundedReader.TooLargeException) {
        return new UnreadableCsvException(Reason.TOO_LARGE, line, cause.getMessage(), failure);
      }
      if (cause instanceof CharacterCodingException) {
        return new UnreadableCsvException(
            Reason.NOT_UTF8,
            line,
            "the file is not UTF-8 text; in Excel, save it as \"CSV UTF-8\"",
            failure);
      }
      if (cause instanceof CSVException) {
        return new UnreadableCsvException(
            Reason.NOT_CSV,
            line,
            "the file is not valid CSV ("
                + cause.getMessage()
                + "); check for a double quote that is not closed",
            failure);
      }
    }
    return new UnreadableCsvException(Reason.INPUT_FAILED, line, failure.getMessage(), failure);
  }

  public Reason reason() {
    return reason;
  }

  /** The 1-based line on which reading stopped. */
  public long line() {
    return line;
  }

  /** The failure as reading threw it. */
  @Override
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}
