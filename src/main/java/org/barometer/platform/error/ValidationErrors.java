package org.barometer.platform.error;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation's refusals of a request body as the same JSON as every other error (400, the
 * message and the field). Its own mapper, because the JAX-RS runtime picks the mapper of the
 * closest exception type, and the runtime's built-in one for validation would otherwise answer in
 * plain text before {@link ErrorMappers} is asked.
 */
@Provider
public class ValidationErrors implements ExceptionMapper<ConstraintViolationException> {

  @Override
  public Response toResponse(ConstraintViolationException e) {
    return new ErrorMappers().toResponse(e);
  }
}
