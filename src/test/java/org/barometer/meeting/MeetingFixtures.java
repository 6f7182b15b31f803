package org.barometer.meeting;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.barometer.meeting.domain.Access;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.MeetingDetails;
import org.barometer.meeting.domain.MeetingStatus;
import org.barometer.meeting.domain.Registrant;
import org.barometer.meeting.domain.RegistrationRequest;
import org.barometer.platform.i18n.Language;

/** Meetings and registrants the meeting tests share; org numbers have valid check digits. */
public final class MeetingFixtures {

  public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  /** Valid Norwegian org numbers (modulus 11) and a Swedish one (Luhn). */
  public static final String ORG_A = "923609016";

  public static final String ORG_SE = "5560360793";

  private MeetingFixtures() {}

  /** Breakfast meeting 15 March 2027, 08:00-09:30 in Oslo; registration until 12 March. */
  public static MeetingDetails breakfast(int capacity) {
    return breakfast(capacity, Access.OPEN);
  }

  public static MeetingDetails breakfast(int capacity, Access access) {
    return new MeetingDetails(
        "Næringsfrokost: rundebordssamtale",
        "Frokostmøte for næringslivet i Sandefjord.",
        "1. Velkommen\n2. Planen for 2027; status, mål",
        LocalDateTime.of(2027, 3, 15, 8, 0),
        LocalDateTime.of(2027, 3, 15, 9, 30),
        OSLO,
        "Rådhuset, Sandefjord",
        null,
        capacity,
        Instant.parse("2027-03-12T15:00:00Z"),
        access,
        Language.NB);
  }

  public static Meeting meeting(long id, MeetingDetails details, int sequence) {
    return new Meeting(
        id, 1, "uid-" + id + "@barometer", details, MeetingStatus.SCHEDULED, null, sequence);
  }

  public static RegistrationRequest request(String name, String email) {
    return request(name, email, ORG_A);
  }

  public static RegistrationRequest request(String name, String email, String org) {
    return new RegistrationRequest(
        new Registrant(name, email, org, "Firma AS", "Daglig leder", "Vegetar", null),
        Language.NB,
        true);
  }
}
