package org.barometer.platform.security;

import jakarta.annotation.Priority;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.io.Serializable;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.logging.Logger;

/**
 * Refuses a {@link StaffAction} to a user without one of its roles, before the action runs. The
 * refusal is an {@link ActionRefusedException}, which the page answers with 403. Outside a Faces
 * request there is no user to ask, so the action is refused as well (fail closed).
 */
@StaffAction
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class StaffActionGuard implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final Logger LOG = Logger.getLogger(StaffActionGuard.class.getName());

  @AroundInvoke
  public Object check(InvocationContext invocation) throws Exception {
    Method method = invocation.getMethod();
    Role[] allowed = allowedRoles(method);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces == null ? null : faces.getExternalContext();
    if (external == null || !Role.anyHeld(external::isUserInRole, allowed)) {
      String user =
          external == null || external.getUserPrincipal() == null
              ? "nobody"
              : external.getUserPrincipal().getName();
      String action = method.getDeclaringClass().getSimpleName() + "." + method.getName();
      LOG.warning(() -> "Refused " + action + " to " + user + ": it needs " + describe(allowed));
      throw new ActionRefusedException(action, allowed);
    }
    return invocation.proceed();
  }

  private static Role[] allowedRoles(Method method) {
    StaffAction onMethod = method.getAnnotation(StaffAction.class);
    if (onMethod != null) {
      return onMethod.value();
    }
    StaffAction onClass = method.getDeclaringClass().getAnnotation(StaffAction.class);
    return onClass == null ? new Role[0] : onClass.value();
  }

  static String describe(Role[] roles) {
    return roles.length == 0
        ? "a role no one has"
        : "the role " + String.join(" or ", Arrays.stream(roles).map(Role::roleName).toList());
  }
}
