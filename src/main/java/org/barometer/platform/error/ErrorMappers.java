package org.barometer.platform.error;

import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns every exception that reaches the REST layer into an {@link ApiError}, so that callers
 * always get JSON naming the field, never an HTML page or a stack trace. Unexpected failures are
 * logged in full and answered with a reference-free, neutral message.
 */
@Provider
public class ErrorMappers implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

  @Override
  public Response toResponse(Throwable thrown) {
    Throwable cause = unwrap(thrown);
    if (cause instanceof InvalidInputException e) {
      return json(422, new ApiError(e.getMessage(), e.field(), e.problems()));
    }
    if (cause instanceof NotFoundException e) {
      return json(404, ApiError.of(e.getMessage()));
    }
    if (cause instanceof ConflictException e) {
      return json(409, ApiError.of(e.getMessage(), e.field()));
    }
    if (cause instanceof UpstreamFailureException e) {
      LOG.log(Level.WARNING, e.getMessage(), e);
      return json(502, ApiError.of(e.getMessage()));
    }
    if (cause instanceof ConstraintViolationException e) {
      var violation = e.getConstraintViolations().iterator().next();
      String path = violation.getPropertyPath().toString();
      String field = path.substring(path.lastIndexOf('.') + 1);
      return json(400, ApiError.of(field + ": " + violation.getMessage(), field));
    }
    if (cause instanceof WebApplicationException e) {
      int status = e.getResponse().getStatus();
      String message = status == 404 ? "No such resource." : e.getMessage();
      return json(status, ApiError.of(message));
    }
    LOG.log(Level.SEVERE, "Unexpected failure in the REST API", thrown);
    return json(500, ApiError.of("Something went wrong on the server; nothing was changed."));
  }

  private static Throwable unwrap(Throwable thrown) {
    Throwable current = thrown;
    while ((current instanceof TransactionalException || current instanceof RollbackException)
        && current.getCause() != null) {
      current = current.getCause();
    }
    return current;
  }

  private static Response json(int status, ApiError error) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
  }
}
