package org.barometer.platform.error;

import java.util.List;

/**
 * The body of every error the REST API answers: a sentence for a person, the field it concerns
 * (null when it concerns the whole request) and, for files, one entry per bad row.
 */
public record ApiError(String message, String field, List<Problem> problems) {

  public static ApiError of(String message) {
    return new ApiError(message, null, List.of());
  }

  public static ApiError of(String message, String field) {
    return new ApiError(message, field, List.of());
  }
}
