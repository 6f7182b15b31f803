package org.barometer.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.barometer.actionplan.application.ActionPlanService;
import org.barometer.actionplan.application.ActionPlanSummary;
import org.barometer.actionplan.application.ActivityDraft;
import org.barometer.actionplan.application.ActivityView;
import org.barometer.actionplan.application.NewActionPlan;
import org.barometer.actionplan.application.NewReport;
import org.barometer.goals.application.Plans;
import org.barometer.platform.error.NotFoundException;

/**
 * The 2026 action plans of two seed plans, with owners and statuses: Södertälje's, whose activities
 * came from its plan file's measures (owners and statuses are added here), and Sandefjord's, whose
 * plan lists no measures, written here whole. One activity is red with its cause and recommended
 * action, one yellow, some green or done, one not reported yet.
 *
 * <p>{@link #actionPlans()} finds them, for demo steps that build on them (a status round).
 */
@ApplicationScoped
class DemoActionPlans {

  static final String SODERTALJE = "sodertalje-2016-2022";
  static final String SANDEFJORD = "sandefjord-2023-2026";
  static final String TITLE = "Handlingsplan 2026";

  private static final Logger LOG = Logger.getLogger(DemoActionPlans.class.getName());
  private static final String REPORTER = "analyst";

  @Inject ActionPlanService service;
  @Inject Plans plans;

  /** The demo's action plans (Södertälje's, then Sandefjord's), those that exist. */
  List<ActionPlanSummary> actionPlans() {
    return List.of(SODERTALJE, SANDEFJORD).stream()
        .map(this::find)
        .flatMap(Optional::stream)
        .toList();
  }

  /** The 2026 action plan of a plan, if there is one. */
  Optional<ActionPlanSummary> find(String planId) {
    try {
      return service.actionPlans(planId).stream().filter(a -> a.title().equals(TITLE)).findFirst();
    } catch (NotFoundException e) {
      return Optional.empty();
    }
  }

  /** Loads the two action plans once: when no activity of theirs has an owner yet. */
  void loadIfEmpty() {
    if (plans.all().stream().noneMatch(p -> p.id().equals(SODERTALJE))
        || plans.all().stream().noneMatch(p -> p.id().equals(SANDEFJORD))) {
      return;
    }
    if (actionPlans().stream()
        .anyMatch(
            a ->
                service.activities(a.planId(), a.id()).stream()
                    .anyMatch(x -> x.ownerName() != null))) {
      return;
    }
    sodertalje(ensure(SODERTALJE));
    sandefjord(ensure(SANDEFJORD));
    LOG.info(() -> "Demo action plans: " + actionPlans());
  }

  private ActionPlanSummary ensure(String planId) {
    return find(planId)
        .orElseGet(
            () ->
                service.create(
                    planId,
                    new NewActionPlan(
                        TITLE, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))));
  }

  private void sodertalje(ActionPlanSummary a) {
    ActivityView visits =
        write(
            a,
            new ActivityDraft(
                "Företagsbesök politiker",
                "Kommunstyrelsens ordförande och näringslivschefen besöker två företag i månaden.",
                "Anna Lindqvist",
                "Näringslivskontoret",
                "naringslivschef@sodertalje.example",
                "Södertälje Företagarförening",
                LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 12, 15),
                List.of("fa1-meeting-places")));
    report(a, visits, "green", null, null);
    ActivityView sciencePark =
        write(
            a,
            new ActivityDraft(
                "Utvecklingsprojekt Södertälje Science Park",
                "Testbädd för hållbar produktion tillsammans med industrin och KTH.",
                "Johan Berg",
                "Södertälje Science Park",
                "johan.berg@sodertaljesciencepark.example",
                "KTH, Scania, AstraZeneca",
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 11, 30),
                List.of("fa1-innovation-advice")));
    report(a, sciencePark, "green", null, null);
    report(
        a,
        sciencePark,
        "red",
        "Medfinansieringen från Vinnova beviljades inte i våras, så testbädden har inte startat.",
        "Söka regionala utvecklingsmedel i februari 2027 och skjuta starten till hösten 2027.");
    ActivityView campus =
        write(
            a,
            new ActivityDraft(
                "Driver och utvecklar Campus Telge",
                "Nya yrkeshögskoleutbildningar i samråd med branschråden.",
                "Maria Svensson",
                "Telge Tillväxt AB",
                "maria.svensson@telge.example",
                "Arbetsförmedlingen",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                List.of("fa2-higher-education")));
    report(
        a,
        campus,
        "yellow",
        "Två av fem planerade utbildningar fick för få sökande.",
        "Marknadsföra utbildningarna på företagsbesöken och i nyhetsbrevet före nästa ansökningsomgång.");
    ActivityView land =
        write(
            a,
            new ActivityDraft(
                "Sammanställa och synliggöra markinnehav för verksamhetsmark",
                "Karta över kommunens lediga verksamhetsmark på webben.",
                "Erik Johansson",
                "Stadsbyggnadskontoret",
                "erik.johansson@sodertalje.example",
                "",
                LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 9, 30),
                List.of("fa3-land")));
    report(a, land, "done", null, null);
    write(
        a,
        new ActivityDraft(
            "Nätverk för fastighetsägare",
            "Två träffar om året om lediga lokaler och stadskärnan.",
            "Erik Johansson",
            "Stadsbyggnadskontoret",
            "erik.johansson@sodertalje.example",
            "Fastighetsägarna Stockholm",
            LocalDate.of(2026, 4, 1),
            LocalDate.of(2026, 12, 31),
            List.of("fa3-property-owners")));
  }

  private void sandefjord(ActionPlanSummary a) {
    ActivityView breakfast =
        write(
            a,
            new ActivityDraft(
                "Næringsfrokost hver måned",
                "Frokostmøter for næringslivet med ordføreren og kommunens tjenester.",
                "Kari Nordmann",
                "Næringsavdelingen",
                "naringssjef@sandefjord.example",
                "Sandefjord Næringsforening",
                LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 12, 10),
                List.of("offensive-facilitator")));
    report(a, breakfast, "green", null, null);
    ActivityView land =
        write(
            a,
            new ActivityDraft(
                "Regulere 150 dekar ny næringsmark ved Fokserød",
                "",
                "Ola Hansen",
                "Kommuneplan og regulering",
                "ola.hansen@sandefjord.example",
                "Torp Sandefjord lufthavn",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 10, 31),
                List.of("jobs-faster-than-population", "offensive-facilitator")));
    report(
        a,
        land,
        "red",
        "Innsigelse fra Statsforvalteren om jordvern; reguleringsplanen må gjennom mekling.",
        "Be om mekling i januar og legge frem et revidert planforslag for kommunestyret i mars.");
    ActivityView skills =
        write(
            a,
            new ActivityDraft(
                "Kompetanseløft i samarbeid med NAV og Vestfold fylkeskommune",
                "Bransjeprogram for industrifag og helsefag.",
                "Ingrid Berg",
                "NAV Sandefjord",
                "ingrid.berg@nav.example",
                "Vestfold fylkeskommune, NHO Vestfold",
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 12, 31),
                List.of("labour-supply", "labour-participation")));
    report(
        a,
        skills,
        "yellow",
        "Færre deltakere enn ventet i helsefag.",
        "Rekruttere via NAVs ungdomsteam og tilby kurs på kveldstid.");
    write(
        a,
        new ActivityDraft(
            "Sentrumsstrategi: levende bysentrum",
            "Handel, kultur og boliger i sentrum; tiltak med gårdeierne.",
            "Per Olsen",
            "Sandefjord sentrum AS",
            "per.olsen@sandefjordsentrum.example",
            "Gårdeierforeningen",
            LocalDate.of(2026, 5, 1),
            LocalDate.of(2026, 12, 31),
            List.of("living-town")));
  }

  /** Changes the activity of that title, as seeded from the plan's measures, or adds it. */
  private ActivityView write(ActionPlanSummary a, ActivityDraft draft) {
    Optional<ActivityView> existing =
        service.activities(a.planId(), a.id()).stream()
            .filter(x -> x.title().equals(draft.title()))
            .findFirst();
    return existing.isPresent()
        ? service.changeActivity(a.planId(), a.id(), existing.get().id(), draft)
        : service.addActivity(a.planId(), a.id(), draft);
  }

  private void report(
      ActionPlanSummary a, ActivityView activity, String status, String cause, String action) {
    service.report(
        a.planId(), a.id(), activity.id(), new NewReport(status, cause, action, null), REPORTER);
  }
}
