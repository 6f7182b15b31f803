package org.barometer.platform.error;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.transaction.RollbackException;
import jakarta.transaction.TransactionalException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barometer.platform.rest.BodySizeLimit;
import org.barometer.platform.rest.BodyTooLargeException;
import org.barometer.platform.rest.StrictDates;
import org.barometer.platform.rest.StrictNumbers;

/**
 * Turns every exception that reaches the REST layer into an {@link ApiError}, so that callers
 * always get JSON naming the field, never an HTML page or a stack trace. Unexpected failures are
 * logged in full and answered with a reference-free, neutral message.
 *
 * <p>A body that is not JSON, or not of the shape the endpoint reads, is the caller's mistake: 400,
 * naming the field when JSON-B names it. A refusal thrown while JSON-B builds a record (a domain
 * record's constructor checks its fields) arrives wrapped in JSON-B's exception and is unwrapped to
 * the same 422 as anywhere else. Client errors are logged in one line each, never with a stack
 * trace, so nobody can flood the log by sending rubbish.
 */
@Provider
public class ErrorMappers implements ExceptionMapper<Throwable> {

  private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

  /** Yasson's wording for the property it failed on: "Unable to deserialize property 'x'". */
  private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]+)'");

  @Context private UriInfo uri;

  @Override
  public Response toResponse(Throwable thrown) {
    Response response = map(thrown);
    // RESTEasy logs a refused validation in one line of its own; once is enough.
    boolean loggedAlready = thrown instanceof ConstraintViolationException;
    if (response.getStatus() >= 400 && response.getStatus() < 500 && !loggedAlready) {
      logBriefly(response);
    }
    return response;
  }

  private Response map(Throwable thrown) {
    BodyTooLargeException tooLarge = find(thrown, BodyTooLargeException.class);
    if (tooLarge != null) {
      return BodySizeLimit.tooLarge(tooLarge.limit());
    }
    Throwable cause = unwrap(thrown);
    if (!(cause instanceof InvalidInputException)
        && find(thrown, JsonbException.class, JsonException.class) != null) {
      InvalidInputException inCreator = find(thrown, InvalidInputException.class);
      if (inCreator != null) {
        cause = inCreator;
      } else {
        return unreadableBody(thrown);
      }
    }
    if (cause instanceof InvalidInputException e) {
      return json(422, new ApiError(e.getMessage(), e.field(), e.problems()));
    }
    if (cause instanceof NotFoundException e) {
      return json(404, ApiError.of(e.getMessage()));
    }
    if (cause instanceof ConflictException e) {
      return json(409, ApiError.of(e.getMessage(), e.field()));
    }
    if (cause instanceof TooManyRequestsException e) {
      return Response.status(429)
          .header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds())
          .type(MediaType.APPLICATION_JSON_TYPE)
          .entity(ApiError.of(e.getMessage()))
          .build();
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

  /**
   * 400 for a body JSON-B could not read, 422 for a number or date it read but refused as out of
   * range. The parser's own text names Java types, so it is not passed on; the field is, when
   * JSON-B says which.
   */
  private static Response unreadableBody(Throwable thrown) {
    String field = null;
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
      if (m.find()) {
        field = m.group(1);
      }
    }
    RuntimeException outOfRange =
        find(thrown, StrictNumbers.NumberOutOfRange.class, StrictDates.DateOutOfRange.class);
    if (outOfRange != null) {
      String name = field == null ? "value" : field;
      return json(422, ApiError.of(name + ": " + outOfRange.getMessage(), field));
    }
    String message =
        field == null
            ? "The request body is not JSON of the shape this endpoint reads."
            : field + ": not a value of the kind this field takes.";
    return json(400, ApiError.of(message, field));
  }

  private void logBriefly(Response response) {
    String path = uri == null ? "?" : "/api" + uri.getPath();
    String message = response.getEntity() instanceof ApiError e ? String.valueOf(e.message()) : "";
    if (message.length() > 200) {
      message = message.substring(0, 200) + "...";
    }
    String said = message;
    LOG.info(() -> path + " answered " + response.getStatus() + ": " + said);
  }

  @SafeVarargs
  private static <T extends Throwable> T find(Throwable thrown, Class<? extends T>... types) {
    for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
      for (Class<? extends T> type : types) {
        if (type.isInstance(t)) {
          return type.cast(t);
        }
      }
    }
    return null;
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
