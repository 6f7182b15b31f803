package org.barometer.statistics.application;

import java.net.URI;

/**
 * An office did not give the statistics asked for: it could not be reached, it refused the query
 * (the message then carries the office's own explanation), it kept answering "busy" beyond the
 * retries, or it answered something else than was asked. Nothing of the failing part was stored;
 * parts received before it were.
 */
public class FetchException extends Exception {

  private final URI uri;
  private final int status;

  /**
   * @param uri the request that failed
   * @param status the HTTP status, or 0 when there was no answer
   * @param message a sentence for a person, naming the address and the status
   */
  public FetchException(URI uri, int status, String message) {
    super(message);
    this.uri = uri;
    this.status = status;
  }

  public FetchException(URI uri, int status, String message, Throwable cause) {
    super(message, cause);
    this.uri = uri;
    this.status = status;
  }

  public URI uri() {
    return uri;
  }

  /** The HTTP status the office answered, or 0 when there was no answer. */
  public int status() {
    return status;
  }
}
