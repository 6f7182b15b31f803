package org.barometer.platform.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.barometer.platform.error.ApiError;
import org.barometer.platform.io.BoundedInputStream;

/**
 * Caps the size of every request body under {@code /api}: {@value #DEFAULT_MEGABYTES} MB unless the
 * endpoint declares a larger {@link BodyLimit} (file uploads). Without it anyone could send a
 * public endpoint 50 MB to be read and parsed whole.
 *
 * <p>A body that declares a larger {@code Content-Length} is refused with 413 before a byte of it
 * is read. A body without a length (chunked) is read through {@link BoundedInputStream}, which
 * fails at the limit; the error mapper answers that with the same 413. Runs before authentication,
 * so an oversized body costs nothing whoever sends it.
 */
@Provider
@Priority(Priorities.AUTHENTICATION - 100)
public class BodySizeLimit implements ContainerRequestFilter {

  /** The limit of JSON bodies: far above any form or record the API takes. */
  public static final int DEFAULT_MEGABYTES = 1;

  private static final Logger LOG = Logger.getLogger(BodySizeLimit.class.getName());

  @Context private ResourceInfo resource;

  @Override
  public void filter(ContainerRequestContext context) {
    long limit = limitOf(resource) * 1024L * 1024L;
    long declared = context.getLength();
    if (declared > limit) {
      LOG.info(
          () ->
              context.getMethod()
                  + " /api"
                  + context.getUriInfo().getPath()
                  + " refused: body of "
                  + declared
                  + " bytes, limit "
                  + limit);
      context.abortWith(tooLarge(limit));
      return;
    }
    if (context.hasEntity()) {
      context.setEntityStream(
          new BoundedInputStream(context.getEntityStream(), limit, BodyTooLargeException::new));
    }
  }

  /** The answer to a body over the limit: 413 with the limit in words. */
  public static Response tooLarge(long limit) {
    return Response.status(Response.Status.REQUEST_ENTITY_TOO_LARGE)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ApiError.of(new BodyTooLargeException(limit).getMessage()))
        .build();
  }

  static String describe(long bytes) {
    return bytes / (1024 * 1024) + " MB";
  }

  private static long limitOf(ResourceInfo resource) {
    BodyLimit onMethod =
        resource.getResourceMethod() == null
            ? null
            : resource.getResourceMethod().getAnnotation(BodyLimit.class);
    if (onMethod != null) {
      return onMethod.megabytes();
    }
    BodyLimit onClass =
        resource.getResourceClass() == null
            ? null
            : resource.getResourceClass().getAnnotation(BodyLimit.class);
    return onClass == null ? DEFAULT_MEGABYTES : onClass.megabytes();
  }
}
