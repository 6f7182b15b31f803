package org.barometer.platform.error;

/**
 * Another service Barometer depends on (a statistics office's API) failed or refused, so the
 * request could not be done; answered 502 Bad Gateway with the service's own explanation, which is
 * what a person needs to tell whether to fix the request or try later.
 */
public class UpstreamFailureException extends RuntimeException {

  public UpstreamFailureException(String message, Throwable cause) {
    super(message, cause);
  }
}
