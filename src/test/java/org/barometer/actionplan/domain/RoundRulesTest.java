package org.barometer.actionplan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.barometer.platform.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class RoundRulesTest {

  private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
  private final ActionPlan plan = ActionPlan.forYear("p", "Handlingsplan 2026", 2026, NOW);
  private int position;

  private Activity activity(String title, Owner owner) {
    Activity a = new Activity(plan, position++, title, Set.of("g1"), NOW);
    a.assign(owner, NOW);
    return a;
  }

  private static Owner owner(String name, String email) {
    return new Owner(name, "Næringsavdelingen", email);
  }

  @Test
  void oneOwnerPerAddressAmongActivitiesThatAreNotOver() {
    Activity a = activity("Næringsarealstrategi", owner("Kari Nord", "Kari@Kommune.example"));
    Activity b = activity("Gründerkurs", owner("Kari N.", "kari@kommune.example"));
    Activity c = activity("Byggesak på nett", owner("Ola Sør", "ola@kommune.example"));
    Activity d = activity("Uten eier", null);
    Activity e = activity("Ferdig", owner("Per Vest", "per@nho.example"));
    e.report(ActivityStatus.DONE, null, null, null, "Per", null, NOW);
    Activity f = activity("Avlyst", owner("Per Vest", "per@nho.example"));
    f.report(ActivityStatus.CANCELLED, null, null, null, "Per", null, NOW);
    Activity g = activity("Rød, men ikke over", owner("Eva Øst", "eva@radet.example"));
    g.report(ActivityStatus.RED, "Sen", "Mer folk", null, "Eva", null, NOW);

    var owners = RoundRules.owners(List.of(a, b, c, d, e, f, g));

    // kari twice (one address in two spellings), ola, eva; nobody for d, e and f
    assertEquals(
        List.of("kari@kommune.example", "ola@kommune.example", "eva@radet.example"),
        List.copyOf(owners.keySet()));
    assertEquals("Kari Nord", owners.get("kari@kommune.example").name());
    assertFalse(RoundRules.asksAbout(d));
    assertFalse(RoundRules.asksAbout(e));
    assertTrue(RoundRules.asksAbout(g));
  }

  @Test
  void anActivityReportedDoneInTheRoundStaysInIt() {
    StatusRound round =
        new StatusRound(plan, "Desember 2026", LocalDate.of(2026, 12, 15), "a", NOW);
    StatusRound earlier = new StatusRound(plan, "Juni 2026", LocalDate.of(2026, 6, 15), "a", NOW);
    Owner kari = owner("Kari", "kari@kommune.example");
    Activity open = activity("Åpen", kari);
    Activity doneNow = activity("Fullført nå", kari);
    doneNow.report(ActivityStatus.DONE, null, null, null, "Kari", round, NOW);
    Activity doneBefore = activity("Fullført før", kari);
    doneBefore.report(ActivityStatus.DONE, null, null, null, "Kari", earlier, NOW);

    assertEquals(
        List.of(open, doneNow), RoundRules.inRound(List.of(open, doneNow, doneBefore), round));
    assertTrue(RoundRules.reportIn(doneNow, round).isPresent());
    assertTrue(RoundRules.reportIn(open, round).isEmpty());
    assertTrue(RoundRules.reportIn(doneBefore, round).isEmpty());
  }

  @Test
  void theLatestReportInTheRoundCounts() {
    StatusRound round =
        new StatusRound(plan, "Desember 2026", LocalDate.of(2026, 12, 15), "a", NOW);
    Activity a = activity("Næringsarealstrategi", owner("Kari", "kari@kommune.example"));
    a.report(ActivityStatus.GREEN, null, null, null, "Kari", round, NOW);
    a.report(
        ActivityStatus.RED,
        "Regulering forsinket",
        "Egen saksbehandler",
        null,
        "Kari",
        round,
        NOW.plusSeconds(60));
    a.report(ActivityStatus.YELLOW, "x", "y", null, "Staff", null, NOW.plusSeconds(120));

    assertEquals(ActivityStatus.RED, RoundRules.reportIn(a, round).orElseThrow().status());
  }

  @Test
  void aYellowReportWithoutCauseNamesTheField() {
    Activity a = activity("Næringsarealstrategi", owner("Kari", "kari@kommune.example"));
    InvalidInputException e =
        assertThrows(
            InvalidInputException.class,
            () -> a.report(ActivityStatus.YELLOW, " ", "Tiltak", null, "Kari", null, NOW));
    assertEquals("cause", e.field());
  }
}
