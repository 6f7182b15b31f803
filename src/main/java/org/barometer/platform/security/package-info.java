/**
 * Who may do what, and the guards around logins. The staff {@link
 * org.barometer.platform.security.Role}s; {@link org.barometer.platform.security.Allowed} and
 * {@link org.barometer.platform.security.Public} on REST endpoints, checked by {@link
 * org.barometer.platform.security.ApiAccessFilter}; {@link
 * org.barometer.platform.security.StaffAction} on Faces actions, checked by {@link
 * org.barometer.platform.security.StaffActionGuard}. Around them: throttled login attempts ({@link
 * org.barometer.platform.security.LoginThrottle}), refusal of cross-site changes and of plain HTTP
 * from other computers, security headers on every answer, and a refusal to start with the
 * demonstration passwords outside the demo ({@link
 * org.barometer.platform.security.StaffPasswords}).
 *
 * <p>Platform code, shared by every feature. Access fails closed: a REST endpoint with neither
 * {@code Allowed} nor {@code Public} is refused to everyone, and a staff action is refused when
 * there is no user to ask.
 */
package org.barometer.platform.security;
