package org.barometer.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.barometer.meeting.application.MeetingService;
import org.barometer.meeting.application.RegistrationService;
import org.barometer.meeting.domain.Access;
import org.barometer.meeting.domain.Forum;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.MeetingDetails;
import org.barometer.meeting.domain.Registrant;
import org.barometer.meeting.domain.RegistrationRequest;
import org.barometer.platform.i18n.Language;

/**
 * A forum of round-table talks with one meeting four weeks ahead, nearly full, so the registration
 * page, the waiting list and the check-in page have something to show. The people are made up and
 * their addresses are at {@code .example} domains, which never receive mail.
 */
@ApplicationScoped
class DemoMeetings {

  private static final Logger LOG = Logger.getLogger(DemoMeetings.class.getName());
  private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

  /** Made-up registrants: name, company, organisation number (valid check digits). */
  private static final List<String[]> PEOPLE =
      List.of(
          new String[] {"Kari Nordmann", "Nordmann Rør AS", "923609016"},
          new String[] {"Ola Hansen", "Hansen Bygg AS", "974760673"},
          new String[] {"Ingrid Berg", "Berg Regnskap AS", "923609016"},
          new String[] {"Per Olsen", "Olsen Transport AS", "974760673"});

  @Inject MeetingService meetings;
  @Inject RegistrationService registrations;

  /** Creates the forum and its meeting once: when there is no forum yet. */
  void loadIfEmpty() {
    if (!meetings.forums().isEmpty()) {
      return;
    }
    Forum forum =
        meetings.createForum(
            new Forum(
                null,
                "Rundebordssamtaler med næringslivet",
                "Næringsavdelingen",
                "Årlige samtaler mellom kommunens ledelse og næringslivet om hva som skal til for å"
                    + " skape flere arbeidsplasser.",
                List.of("En næringsvennlig kommune", "Kompetanse")));
    LocalDate day = LocalDate.now(OSLO).plusWeeks(4);
    Meeting meeting =
        meetings.createMeeting(
            forum.id(),
            new MeetingDetails(
                "Rundebordssamtale: næringsareal og byggesak",
                "Hvordan opplever dere kommunens saksbehandling av byggesaker, og hvilke"
                    + " næringsarealer trenger dere de neste fem årene?",
                "08.00 Frokost\n08.30 Kommunens næringsarealstrategi\n09.00 Samtale\n09.45"
                    + " Oppsummering",
                day.atTime(LocalTime.of(8, 0)),
                day.atTime(LocalTime.of(10, 0)),
                OSLO,
                "Rådhuset, bystyresalen",
                null,
                PEOPLE.size() + 1,
                day.minusDays(3).atTime(12, 0).atZone(OSLO).toInstant(),
                Access.OPEN,
                Language.NB));
    for (String[] p : PEOPLE) {
      String email =
          p[0].toLowerCase(Locale.ROOT).replace(' ', '.').replace('å', 'a') + "@demo.example";
      registrations.register(
          meeting.id(),
          new RegistrationRequest(
              new Registrant(p[0], email, p[2], p[1], "Daglig leder", null, null),
              Language.NB,
              true));
    }
    LOG.info(
        () ->
            "Demo meeting: "
                + meeting.details().title()
                + ", registration page /meetings/"
                + meeting.id());
  }
}
