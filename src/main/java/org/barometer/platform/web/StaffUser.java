package org.barometer.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.barometer.platform.security.Role;

/** What the logged-in staff member may do, for pages that show or hide actions. */
@Named("staff")
@RequestScoped
public class StaffUser {

  @Inject HttpServletRequest request;

  /** Whether the user may do what the named role allows ("analyst", "organiser", ...). */
  public boolean can(String role) {
    Role required = Role.valueOf(role.toUpperCase(Locale.ROOT));
    return Role.anyHeld(request::isUserInRole, required);
  }
}
