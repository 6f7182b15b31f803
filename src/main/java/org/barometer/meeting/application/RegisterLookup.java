package org.barometer.meeting.application;

import java.util.List;

/**
 * The business register the survey feature keeps (org number, name, e-mail), read to invite
 * businesses to a meeting. Only what an invitation needs; nothing about surveys or answers.
 */
public interface RegisterLookup {

  /** The businesses among these org numbers (digits only) that are in the register. */
  List<RegisteredBusiness> businesses(List<String> orgNumbers);

  /**
   * The industry code (NACE, SN2007 or SNI) and number of employees of those among these org
   * numbers that are in the register: for counting businesses taking part by industry and size.
   */
  List<BusinessProfile> profiles(List<String> orgNumbers);

  /** A business's industry code and number of employees, as the register has them. */
  record BusinessProfile(String orgNumber, String nace, int employees) {}

  /** A business from the register, as an invitation needs it. */
  record RegisteredBusiness(String orgNumber, String name, String email) {}
}
