package org.barometer.meeting.application;

import java.util.List;

/**
 * The business register the survey feature keeps (org number, name, e-mail), read to invite
 * businesses to a meeting. Only what an invitation needs; nothing about surveys or answers.
 */
public interface RegisterLookup {

  /** The businesses among these org numbers (digits only) that are in the register. */
  List<RegisteredBusiness> businesses(List<String> orgNumbers);

  /** A business from the register, as an invitation needs it. */
  record RegisteredBusiness(String orgNumber, String name, String email) {}
}
