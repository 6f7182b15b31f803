package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.MeetingRepository;
import org.barometer.meeting.domain.PendingRegistrations;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationRepository;
import org.barometer.meeting.domain.RetentionCandidate;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Registrants' rights and the retention promise (GDPR articles 15, 17 and 5(1)(e)): staff can
 * export everything held about a person, or erase it; and personal data are anonymised by
 * themselves once the retention period after the meeting has passed. Anonymising keeps the
 * registration's status, attendance and business, so meeting counts and engagement do not change.
 * Unconfirmed registrations from the public page go on erasure and when their link expires.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class PrivacyService {

  private static final Logger LOG = Logger.getLogger(PrivacyService.class.getName());

  MeetingTransactions tx;
  RegistrationRepository registrations;
  MeetingRepository meetings;
  PendingRegistrations pending;

  int retentionDays;
  Clock clock;

  protected PrivacyService() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public PrivacyService(
      MeetingTransactions tx,
      RegistrationRepository registrations,
      MeetingRepository meetings,
      PendingRegistrations pending,
      @ConfigProperty(
              name = RegistrationService.RETENTION_KEY,
              defaultValue = "" + RegistrationService.DEFAULT_RETENTION_DAYS)
          int retentionDays,
      Clock clock) {
    this.tx = tx;
    this.registrations = registrations;
    this.meetings = meetings;
    this.pending = pending;
    this.retentionDays = retentionDays;
    this.clock = clock;
  }

  /** Everything held about the person with this address, as JSON, one entry per registration. */
  public String export(String email) {
    String key = key(email);
    return tx.inTransaction(
        () -> {
          JsonArrayBuilder list = Json.createArrayBuilder();
          for (Registration r : registrations.byEmail(key)) {
            Meeting m = meetings.find(r.meetingId()).orElseThrow();
            list.add(entry(r, m));
          }
          return Json.createObjectBuilder()
              .add("email", key)
              .add("exportedAt", clock.instant().toString())
              .add("registrations", list)
              .build()
              .toString();
        });
  }

  /**
   * Erases the personal data of the person with this address from every registration, on their
   * request. Attendance counts and their business's engagement stay.
   *
   * @return how many registrations were anonymised
   */
  public int erase(String email) {
    String key = key(email);
    Instant now = clock.instant();
    return tx.inTransaction(
        () -> {
          pending.removeByEmail(key);
          List<Registration> found = registrations.byEmail(key);
          found.forEach(r -> registrations.anonymise(r.id(), now));
          return found.size();
        });
  }

  /**
   * Erases the personal data of one registration (a walk-in who gave no e-mail, say), as {@link
   * #erase(String)} does.
   */
  public void eraseRegistration(long registrationId) {
    Instant now = clock.instant();
    tx.run(
        () -> {
          registrations
              .find(registrationId)
              .orElseThrow(() -> new NotFoundException("No registration " + registrationId));
          registrations.anonymise(registrationId, now);
        });
  }

  /**
   * Anonymises every registration whose meeting ended longer ago than the retention period (the
   * period stated at registration, or the configured one if shorter). Run daily.
   *
   * @return how many registrations were anonymised
   */
  public int anonymiseExpired() {
    Instant now = clock.instant();
    int done =
        tx.inTransaction(
            () -> {
              pending.removeExpired(now);
              List<RetentionCandidate> due =
                  registrations.retentionCandidates().stream()
                      .filter(c -> c.due(now, retentionDays))
                      .toList();
              due.forEach(c -> registrations.anonymise(c.registrationId(), now));
              return due.size();
            });
    if (done > 0) {
      LOG.info(() -> "Anonymised " + done + " meeting registrations past their retention period");
    }
    return done;
  }

  private static String key(String email) {
    if (email == null || email.isBlank()) {
      throw new InvalidInputException("email", "email is required");
    }
    return email.strip().toLowerCase(Locale.ROOT);
  }

  private static JsonObjectBuilder entry(Registration r, Meeting m) {
    var p = r.registrant();
    JsonObjectBuilder o =
        Json.createObjectBuilder()
            .add("meeting", m.details().title())
            .add("meetingStart", m.details().zonedStart().toOffsetDateTime().toString())
            .add("status", r.status().name())
            .add("attendance", r.attendance().name())
            .add("walkIn", r.walkIn())
            .add("registeredAt", r.registeredAt().toString())
            .add("retentionDays", r.retentionDays())
            .add("language", r.language().tag());
    optional(o, "consentedAt", r.consentedAt() == null ? null : r.consentedAt().toString());
    optional(o, "name", p.name());
    optional(o, "email", p.email());
    optional(o, "orgNumber", r.orgNumber());
    optional(o, "companyName", r.companyName());
    optional(o, "role", p.role());
    optional(o, "dietaryNeeds", p.dietaryNeeds());
    optional(o, "accessNeeds", p.accessNeeds());
    return o;
  }

  private static void optional(JsonObjectBuilder o, String name, String value) {
    if (value != null) {
      o.add(name, value);
    }
  }
}
