package org.barometer.actionplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.barometer.platform.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The rules an activity, its owner and its status reports keep, without a database. */
class ActivityRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

  private final ActionPlan year = ActionPlan.forYear("sandefjord", "Handlingsplan 2026", 2026, NOW);
  private final Activity activity =
      new Activity(year, 1, "Næringsfrokost hver måned", Set.of("main-goals"), NOW);

  @Test
  void aYellowReportWithoutCauseIsRefusedNamingTheCause() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                activity.report(
                    ActivityStatus.YELLOW, " ", "Flytt til våren", null, "analyst", null, NOW));
    assertEquals("cause", refused.field());
    assertTrue(activity.latestReport().isEmpty(), "nothing recorded");
  }

  @Test
  void aRedReportWithoutRecommendedActionIsRefusedNamingIt() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                activity.report(
                    ActivityStatus.RED, "Ingen lokaler", null, null, "analyst", null, NOW));
    assertEquals("recommendedAction", refused.field());
  }

  @Test
  void greenNeedsNoCauseAndTheLatestReportIsTheStatus() {
    activity.report(ActivityStatus.GREEN, null, null, null, "analyst", null, NOW);
    activity.report(
        ActivityStatus.RED,
        "Ingen lokaler",
        "Leie rådhussalen",
        null,
        "analyst",
        null,
        NOW.plusSeconds(60));
    assertEquals(ActivityStatus.RED, activity.latestReport().orElseThrow().status());
    assertEquals(2, activity.reports().size());
  }

  @Test
  void anOwnerNeedsAnEmailAddressAndKeepsItInLowerCase() {
    assertEquals(
        "owner.email",
        assertThrows(
                InvalidInputException.class,
                () -> new Owner("Kari Nordmann", "Næring", "kari.nordmann"))
            .field());
    assertEquals(
        "owner.email",
        assertThrows(InvalidInputException.class, () -> new Owner("Kari Nordmann", "Næring", ""))
            .field());
    // a round's link could never be mailed to it
    assertEquals(
        "owner.email",
        assertThrows(
                InvalidInputException.class,
                () -> new Owner("Kari Nordmann", "Næring", "næringssjef@sandefjord.example"))
            .field());
    assertEquals(
        "owner.name",
        assertThrows(InvalidInputException.class, () -> new Owner(" ", null, "kari@x.example"))
            .field());
    assertEquals(
        "kari.nordmann@sandefjord.example",
        new Owner("Kari Nordmann", "", "Kari.Nordmann@Sandefjord.example").email());
  }

  @Test
  void anActivityMovesWithinItsPlanButNotToAnotherPlansActionPlan() {
    ActionPlan next = ActionPlan.forYear("sandefjord", "Handlingsplan 2027", 2027, NOW);
    activity.moveTo(next, 3, NOW);
    assertEquals(next, activity.actionPlan());
    assertEquals(3, activity.position());

    ActionPlan other = ActionPlan.forYear("sarpsborg", "Handlingsplan 2026", 2026, NOW);
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> activity.moveTo(other, 1, NOW));
    assertEquals("actionPlanId", refused.field());
    assertEquals(next, activity.actionPlan(), "stayed where it was");
  }

  @Test
  void anActivityServesAtLeastOneGoalAndItsPeriodIsInOrder() {
    assertEquals(
        "goalIds",
        assertThrows(
                InvalidInputException.class, () -> new Activity(year, 1, "Uten mål", Set.of(), NOW))
            .field());
    assertEquals(
        "endsOn",
        assertThrows(
                InvalidInputException.class,
                () ->
                    activity.describe(
                        "Tittel", "", "", LocalDate.of(2026, 6, 1), LocalDate.of(2026, 5, 31), NOW))
            .field());
  }

  @Test
  void anActionPlanDefaultsToTheCalendarYearAndCoversItsDays() {
    assertEquals(LocalDate.of(2026, 1, 1), year.startsOn());
    assertEquals(LocalDate.of(2026, 12, 31), year.endsOn());
    assertTrue(year.covers(LocalDate.of(2026, 12, 31)));
    assertTrue(!year.covers(LocalDate.of(2027, 1, 1)));
  }
}
