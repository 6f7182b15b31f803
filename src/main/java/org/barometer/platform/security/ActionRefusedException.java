package org.barometer.platform.security;

/**
 * A staff action asked for by someone without its role: nothing of it has run. The pages answer it
 * with 403 ({@code platform.web.RefusedActionHandler}).
 */
public class ActionRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ActionRefusedException(String action, Role[] allowed) {
    super(action + " needs " + StaffActionGuard.describe(allowed) + ", which you do not have.");
  }
}
