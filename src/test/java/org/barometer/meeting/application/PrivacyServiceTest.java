package org.barometer.meeting.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.barometer.meeting.MeetingFixtures;
import org.barometer.meeting.MeetingWorld;
import org.barometer.meeting.domain.Attendance;
import org.barometer.platform.error.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Export, erasure and automatic anonymisation. The meeting ends 15 March 2027 09:30 in Oslo =
 * 08:30Z; with 365 days' retention its registrations are due after 2028-03-14T08:30Z (2028 is a
 * leap year, so 365 days after 15 March 2027 is 14 March 2028).
 */
class PrivacyServiceTest {

  private MeetingWorld world;
  private long meetingId;

  @BeforeEach
  void meeting() {
    world = new MeetingWorld();
    meetingId = world.meetings.createMeeting(world.forum().id(), MeetingFixtures.breakfast(5)).id();
  }

  @Test
  void exportHoldsEverythingAboutThePerson() {
    world.registration.register(meetingId, MeetingFixtures.request("Kari Nord", "Kari@Firma.no"));
    world.registration.register(meetingId, MeetingFixtures.request("Ola", "ola@firma.no"));

    JsonObject export =
        Json.createReader(new StringReader(world.privacy.export("kari@firma.no"))).readObject();

    assertEquals(1, export.getJsonArray("registrations").size());
    JsonObject r = export.getJsonArray("registrations").getJsonObject(0);
    assertEquals("Kari Nord", r.getString("name"));
    assertEquals("Kari@Firma.no", r.getString("email"));
    assertEquals("923609016", r.getString("orgNumber"));
    assertEquals("Vegetar", r.getString("dietaryNeeds"));
    assertEquals(365, r.getInt("retentionDays"));
    assertEquals("2027-03-15T08:00+01:00", r.getString("meetingStart"));
  }

  @Test
  void erasureKeepsTheCounts() {
    var kari =
        world.registration.register(meetingId, MeetingFixtures.request("Kari", "kari@firma.no"));
    world.attendance.checkIn(kari.registrationId());

    assertEquals(1, world.privacy.erase("KARI@firma.no"));

    assertEquals(
        0, world.count("select count(*) from meeting_registration where name is not null"));
    assertEquals(0, world.count("select count(*) from meeting_registration_token"));
    String link = world.linkOf(kari.registrationId());
    String token = link.substring(link.lastIndexOf('/') + 1);
    assertThrows(NotFoundException.class, () -> world.registration.find(token));
    var overview = world.meetings.overview(meetingId);
    assertEquals(1, overview.seats().confirmed());
    assertNull(overview.registrations().get(0).registrant());
    assertEquals(Attendance.ATTENDED, overview.registrations().get(0).attendance());
    assertEquals(1, world.engagement.engagement("923609016").attended());
    assertEquals(
        "{\"email\":\"kari@firma.no\"", world.privacy.export("kari@firma.no").substring(0, 24));
  }

  @Test
  void aWalkInWithoutAddressIsErasedByRegistration() {
    var walkIn =
        world.attendance.walkIn(
            meetingId,
            new org.barometer.meeting.domain.Registrant(
                "Per", null, MeetingFixtures.ORG_A, "Firma AS", null, null, null),
            null);

    world.privacy.eraseRegistration(walkIn.id());

    assertEquals(
        0, world.count("select count(*) from meeting_registration where name is not null"));
    assertEquals(1, world.engagement.engagement(MeetingFixtures.ORG_A).attended());
    assertThrows(NotFoundException.class, () -> world.privacy.eraseRegistration(999_999));
  }

  @Test
  void anonymisedOnlyAfterTheRetentionPeriod() {
    world.registration.register(meetingId, MeetingFixtures.request("Kari", "kari@firma.no"));

    world.clock.set(Instant.parse("2028-03-14T08:30:00Z"));
    assertEquals(0, world.privacy.anonymiseExpired());
    world.clock.set(Instant.parse("2028-03-14T08:30:01Z"));
    assertEquals(1, world.privacy.anonymiseExpired());
    assertEquals(0, world.privacy.anonymiseExpired());

    assertEquals(
        0, world.count("select count(*) from meeting_registration where email is not null"));
    assertEquals(
        1,
        world.count("select count(*) from meeting_registration where anonymised_at is not null"));
    assertTrue(world.privacy.export("kari@firma.no").contains("\"registrations\":[]"));
  }

  @Test
  void aSwedishSoleTradersNumberIsErasedWithThePersonAnAktiebolagsStays() {
    // 811218-9876 is a personnummer (born December 1981) under which a sole trader trades;
    // 556036-0793 is an aktiebolag's (group number 5)
    var soleTrader =
        world.attendance.walkIn(
            meetingId,
            new org.barometer.meeting.domain.Registrant(
                "Sven", null, "8112189876", "Svens Måleri", null, null, null),
            null);
    var employee =
        world.attendance.walkIn(
            meetingId,
            new org.barometer.meeting.domain.Registrant(
                "Anna", null, "5560360793", "Aktiebolaget AB", null, null, null),
            null);

    world.privacy.eraseRegistration(soleTrader.id());
    world.privacy.eraseRegistration(employee.id());

    assertEquals(
        0,
        world.count("select count(*) from meeting_registration where org_number = '8112189876'"));
    assertEquals(0, world.engagement.engagement("8112189876").attended());
    assertEquals(1, world.engagement.engagement("5560360793").attended());
  }
}
