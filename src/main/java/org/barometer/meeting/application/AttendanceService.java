package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.barometer.meeting.domain.Attendance;
import org.barometer.meeting.domain.Registrant;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationRepository;
import org.barometer.meeting.domain.RegistrationStatus;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.platform.i18n.Language;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Check-in at the door: marking who came and who did not, and adding walk-ins. Walk-ins are stored
 * as confirmed and attended but do not take a registration seat; they are counted in attendance and
 * in their business's engagement.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class AttendanceService {

  MeetingTransactions tx;
  RegistrationRepository registrations;
  MeetingService meetings;

  int retentionDays;
  Clock clock;

  protected AttendanceService() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public AttendanceService(
      MeetingTransactions tx,
      RegistrationRepository registrations,
      MeetingService meetings,
      @ConfigProperty(
              name = RegistrationService.RETENTION_KEY,
              defaultValue = "" + RegistrationService.DEFAULT_RETENTION_DAYS)
          int retentionDays,
      Clock clock) {
    this.tx = tx;
    this.registrations = registrations;
    this.meetings = meetings;
    this.retentionDays = retentionDays;
    this.clock = clock;
  }

  /** Marks the person as present. */
  public Registration checkIn(long registrationId) {
    return mark(registrationId, Attendance.ATTENDED);
  }

  /** Marks a registered person as absent. */
  public Registration noShow(long registrationId) {
    return mark(registrationId, Attendance.NO_SHOW);
  }

  /** Sets attendance back to unknown, for a mark made by mistake. */
  public Registration clear(long registrationId) {
    return mark(registrationId, Attendance.UNKNOWN);
  }

  /** Adds someone who came without registering, marked present. */
  public Registration walkIn(long meetingId, Registrant person, Language language) {
    meetings.meeting(meetingId);
    return tx.inTransaction(
        () -> {
          long id =
              registrations.add(
                  Registration.walkIn(
                      meetingId,
                      person,
                      language == null ? Language.NB : language,
                      clock.instant(),
                      retentionDays));
          return registrations.find(id).orElseThrow();
        });
  }

  private Registration mark(long registrationId, Attendance attendance) {
    return tx.inTransaction(
        () -> {
          Registration r =
              registrations
                  .find(registrationId)
                  .orElseThrow(() -> new NotFoundException("No registration " + registrationId));
          if (r.status() == RegistrationStatus.CANCELLED) {
            throw new ConflictException("registration", "The registration was cancelled");
          }
          registrations.setAttendance(registrationId, attendance);
          return registrations.find(registrationId).orElseThrow();
        });
  }
}
