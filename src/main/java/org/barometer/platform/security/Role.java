package org.barometer.platform.security;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The staff roles. Each is a Jakarta EE security role, held by the registry group of the same name.
 * A role is also granted to those who may do more: every staff member may do what a {@link #VIEWER}
 * does, and an {@link #ADMIN} may do everything. That ladder is kept here, in one place, rather
 * than in each registry's group memberships.
 */
public enum Role {
  /** Users and settings. */
  ADMIN,
  /** Surveys, statistics and goals. */
  ANALYST,
  /** Forums and meetings. */
  ORGANISER,
  /** Read-only results, for managers and elected officials. */
  VIEWER;

  /** The role's name as declared in web.xml. */
  public String roleName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Whether holding this role lets one do what {@code required} allows. */
  public boolean grants(Role required) {
    return this == required || this == ADMIN || required == VIEWER;
  }

  /**
   * Whether a user holds a role that grants any of {@code allowed}.
   *
   * @param isUserInRole the container's answer for a role name (the request's {@code isUserInRole})
   */
  public static boolean anyHeld(Predicate<String> isUserInRole, Role... allowed) {
    return Arrays.stream(values())
        .filter(held -> isUserInRole.test(held.roleName()))
        .anyMatch(held -> Arrays.stream(allowed).anyMatch(held::grants));
  }
}
