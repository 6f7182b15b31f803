package org.barometer.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.barometer.platform.error.ApiError;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Authenticates and authorises every call under {@code /api}, answering 401 or 403 as JSON.
 *
 * <p>The staff pages use a form login, whose container answer to a missing login is a redirect to
 * the login page: right for a person, wrong for a program. So {@code /api} is left outside
 * web.xml's constraints and guarded here instead. A caller authenticates with HTTP Basic against
 * the server's user registry (basic, LDAP or whatever the server is configured with); a browser
 * session from the form login is accepted for reading only, so that a page on another site cannot
 * make a logged-in browser change anything (cross-site request forgery). Nor can such a page use
 * credentials the browser remembers from a Basic challenge: a change that the browser says comes
 * from another site is refused, whoever sends it ({@link CrossSiteRequests}).
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiAccessFilter implements ContainerRequestFilter {

  private static final Set<String> SAFE_METHODS =
      Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

  /** Read once: the address does not change while the application runs. */
  private final String publicUrl =
      ConfigProvider.getConfig()
          .getOptionalValue("barometer.public.url", String.class)
          .orElse(null);

  @Inject LoginThrottle throttle;

  @Context private ResourceInfo resource;
  @Context private HttpServletRequest request;

  @Override
  public void filter(ContainerRequestContext context) {
    if (!SAFE_METHODS.contains(context.getMethod())
        && CrossSiteRequests.fromAnotherSite(context::getHeaderString, publicUrl)) {
      context.abortWith(
          refuse(Response.Status.FORBIDDEN, "A change cannot come from another site's page."));
      return;
    }
    if (isPublic()) {
      return;
    }
    Role[] allowed = allowedRoles();
    if (allowed == null) {
      context.abortWith(refuse(Response.Status.FORBIDDEN, "This endpoint is not open to anyone."));
      return;
    }
    String authorization = context.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization != null) {
      Optional<Response> refused = login(authorization);
      if (refused.isPresent()) {
        context.abortWith(refused.get());
        return;
      }
    } else if (request.getUserPrincipal() == null) {
      context.abortWith(unauthorized("Log in to use this endpoint (HTTP Basic)."));
      return;
    } else if (!SAFE_METHODS.contains(context.getMethod())) {
      context.abortWith(
          unauthorized("Changes through the API need credentials in the request (HTTP Basic)."));
      return;
    }
    boolean permitted =
        Arrays.stream(Role.values())
            .filter(held -> request.isUserInRole(held.roleName()))
            .anyMatch(held -> Arrays.stream(allowed).anyMatch(held::grants));
    if (!permitted) {
      context.abortWith(
          refuse(
              Response.Status.FORBIDDEN,
              "This needs the role " + describe(allowed) + ", which you do not have."));
    }
  }

  private boolean isPublic() {
    return resource.getResourceMethod().isAnnotationPresent(Public.class)
        || (resource.getResourceMethod().getAnnotation(Allowed.class) == null
            && resource.getResourceClass().isAnnotationPresent(Public.class));
  }

  private Role[] allowedRoles() {
    Allowed onMethod = resource.getResourceMethod().getAnnotation(Allowed.class);
    if (onMethod != null) {
      return onMethod.value();
    }
    Allowed onClass = resource.getResourceClass().getAnnotation(Allowed.class);
    return onClass == null ? null : onClass.value();
  }

  /** Logs the caller in with Basic credentials; the answer to send if that is refused. */
  private Optional<Response> login(String authorization) {
    Optional<BasicCredentials> credentials = BasicCredentials.parse(authorization);
    if (credentials.isEmpty()) {
      return Optional.of(unauthorized("The user name or password is wrong."));
    }
    String user = credentials.get().user();
    String address = ClientAddress.of(request);
    Duration wait = throttle.wait(user, address);
    if (!wait.isZero()) {
      long seconds = LoginThrottle.seconds(wait);
      return Optional.of(
          Response.status(Response.Status.TOO_MANY_REQUESTS)
              .header(HttpHeaders.RETRY_AFTER, seconds)
              .type(MediaType.APPLICATION_JSON_TYPE)
              .entity(
                  ApiError.of(
                      "Too many failed logins for this user or address: try again in "
                          + seconds
                          + " s."))
              .build());
    }
    try {
      if (request.getUserPrincipal() != null) {
        request.logout();
      }
      request.login(user, credentials.get().password());
      throttle.succeeded(user, address);
      return Optional.empty();
    } catch (ServletException wrongCredentials) {
      throttle.failed(user, address);
      return Optional.of(unauthorized("The user name or password is wrong."));
    }
  }

  private static String describe(Role[] roles) {
    return String.join(" or ", Arrays.stream(roles).map(Role::roleName).toList());
  }

  private static Response unauthorized(String message) {
    return Response.status(Response.Status.UNAUTHORIZED)
        .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Barometer\"")
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ApiError.of(message))
        .build();
  }

  private static Response refuse(Response.Status status, String message) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON_TYPE)
        .entity(ApiError.of(message))
        .build();
  }
}
