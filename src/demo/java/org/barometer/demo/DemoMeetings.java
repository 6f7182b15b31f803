package org.barometer.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;
import org.barometer.meeting.application.AttendanceService;
import org.barometer.meeting.application.MeetingService;
import org.barometer.meeting.application.MinutesService;
import org.barometer.meeting.application.RegistrationService;
import org.barometer.meeting.domain.Access;
import org.barometer.meeting.domain.FollowUp;
import org.barometer.meeting.domain.FollowUpStatus;
import org.barometer.meeting.domain.Forum;
import org.barometer.meeting.domain.GoalLink;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.MeetingDetails;
import org.barometer.meeting.domain.ParticipantKind;
import org.barometer.meeting.domain.Registrant;
import org.barometer.meeting.domain.RegistrationRequest;
import org.barometer.platform.i18n.Language;

/**
 * A forum of round-table talks (to meet every year, serving a goal of Sandefjord's plan) with one
 * meeting four weeks ahead, nearly full, so the registration page, the waiting list and the
 * check-in page have something to show, and one held six weeks ago with its attendance, minutes and
 * follow-up points linked to goals of the seed plans (one overdue, one done). A politician and
 * someone from NHO take part beside the businesses. The people are made up and their addresses are
 * at {@code .example} domains, which never receive mail.
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
  @Inject AttendanceService attendance;
  @Inject MinutesService minutes;

  static final String SANDEFJORD = "sandefjord-2023-2026";

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
                List.of("En næringsvennlig kommune", "Kompetanse"),
                12,
                List.of(new GoalLink(SANDEFJORD, "offensive-facilitator"))));
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
                PEOPLE.size() + 2,
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
    registrations.register(
        meeting.id(),
        new RegistrationRequest(
            new Registrant(
                "Hanne Solberg",
                "hanne.solberg@kommune.demo.example",
                null,
                "Sandefjord kommune, formannskapet",
                "Varaordfører",
                null,
                null,
                ParticipantKind.POLITICIAN),
            Language.NB,
            true));
    held(forum);
    LOG.info(
        () ->
            "Demo meeting: "
                + meeting.details().title()
                + ", registration page /meetings/"
                + meeting.id());
  }

  /** A round table six weeks ago: who came, the minutes and what was agreed. */
  private void held(Forum forum) {
    LocalDate day = LocalDate.now(OSLO).minusWeeks(6);
    Meeting past =
        meetings.createMeeting(
            forum.id(),
            new MeetingDetails(
                "Rundebordssamtale: rekruttering og kompetanse",
                "Hva trenger bedriftene for å få tak i folk med riktig kompetanse?",
                "08.00 Frokost\n08.30 Samtale\n09.45 Oppsummering",
                day.atTime(LocalTime.of(8, 0)),
                day.atTime(LocalTime.of(10, 0)),
                OSLO,
                "Rådhuset, bystyresalen",
                null,
                20,
                day.minusDays(3).atTime(12, 0).atZone(OSLO).toInstant(),
                Access.OPEN,
                Language.NB));
    for (String[] p : PEOPLE.subList(0, 3)) {
      attendance.walkIn(
          past.id(),
          new Registrant(p[0], null, p[2], p[1], "Daglig leder", null, null),
          Language.NB);
    }
    attendance.walkIn(
        past.id(),
        new Registrant(
            "Hanne Solberg",
            null,
            null,
            "Sandefjord kommune, formannskapet",
            "Varaordfører",
            null,
            null,
            ParticipantKind.POLITICIAN),
        Language.NB);
    attendance.walkIn(
        past.id(),
        new Registrant(
            "Jon Dahl",
            null,
            null,
            "NHO Vestfold og Telemark",
            "Regiondirektør",
            null,
            null,
            ParticipantKind.ORGANISATION),
        Language.NB);
    minutes.saveMinutes(
        past.id(),
        "# Referat\n\n"
            + "- Bedriftene mangler fagarbeidere innen elektro og bygg.\n"
            + "- Ønske om raskere svar på byggesøknader for utvidelser.\n"
            + "- NHO foreslår et felles rekrutteringstreff med videregående skole.\n",
        "organiser");
    LocalDate today = LocalDate.now(OSLO);
    minutes.addFollowUp(
        new FollowUp(
            null,
            past.id(),
            "Kartlegge behovet for fagarbeidere i de største bedriftene",
            "Næringsavdelingen",
            today.minusWeeks(1),
            FollowUpStatus.OPEN,
            new GoalLink(SANDEFJORD, "labour-supply")));
    minutes.addFollowUp(
        new FollowUp(
            null,
            past.id(),
            "Arrangere rekrutteringstreff med videregående skole",
            "NHO Vestfold og Telemark",
            today.plusMonths(2),
            FollowUpStatus.OPEN,
            new GoalLink(SANDEFJORD, "labour-supply")));
    FollowUp answered =
        minutes.addFollowUp(
            new FollowUp(
                null,
                past.id(),
                "Svare bedriftene om saksbehandlingstid for byggesøknader",
                "Plan og bygg",
                today.minusWeeks(3),
                FollowUpStatus.OPEN,
                new GoalLink(SANDEFJORD, "offensive-facilitator")));
    minutes.setStatus(answered.id(), FollowUpStatus.DONE);
  }
}
