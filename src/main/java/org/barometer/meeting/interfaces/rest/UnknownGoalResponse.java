package org.barometer.meeting.interfaces.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.barometer.meeting.application.UnknownGoalException;
import org.barometer.platform.error.ApiError;

/** The answer when a forum or a follow-up point names a goal the plans do not have. */
final class UnknownGoalResponse {

  private UnknownGoalResponse() {}

  /** 400 naming the field: the goal link names what the plans do not have. */
  static Response of(UnknownGoalException e) {
    return Response.status(Response.Status.BAD_REQUEST)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ApiError.of(e.getMessage(), e.field()))
        .build();
  }
}
