/**
 * What every Faces page shares: the visitor's language ({@link
 * org.barometer.platform.web.LanguageChoice}), running a staff action and showing its outcome or
 * its problems beside the form ({@link org.barometer.platform.web.Messages}), what the logged-in
 * staff member may do ({@link org.barometer.platform.web.StaffUser}), safe download headers ({@link
 * org.barometer.platform.web.ContentDisposition}), and the handlers that answer an expired view, a
 * missing subject, an unreadable address or a refused action with a friendly page and the right
 * status instead of a stack trace.
 *
 * <p>Platform code: it knows no feature, so each feature's {@code interfaces.web} beans behave the
 * same way.
 */
package org.barometer.platform.web;
