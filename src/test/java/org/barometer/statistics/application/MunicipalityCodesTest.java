package org.barometer.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.barometer.shared.Country;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.domain.MunicipalityChangeStore;
import org.barometer.statistics.domain.MunicipalityCodeChanges;
import org.barometer.statistics.domain.MunicipalityHistory.CodeChange;
import org.junit.jupiter.api.Test;

/** The shipped change list plus the fetched one, and what a refresh stores (or does not). */
class MunicipalityCodesTest {

  static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

  /** The store in memory. */
  static final class Rows implements MunicipalityChangeStore {
    List<CodeChange> rows = List.of();
    Instant at;

    @Override
    public List<CodeChange> fetched() {
      return rows;
    }

    @Override
    public Optional<Instant> fetchedAt() {
      return Optional.ofNullable(at);
    }

    @Override
    public void replace(List<CodeChange> rows, Instant fetchedAt) {
      this.rows = List.copyOf(rows);
      this.at = fetchedAt;
    }
  }

  /** KLASS answering the hand-made change list, or a given list, or failing. */
  static final class Klass implements MunicipalityChangeSource {
    final List<LocalDate[]> asked = new ArrayList<>();
    KlassChanges.Read answer;
    FetchException failure;

    @Override
    public KlassChanges.Read municipalityChanges(LocalDate from, LocalDate to)
        throws FetchException {
      asked.add(new LocalDate[] {from, to});
      if (failure != null) {
        throw failure;
      }
      return answer;
    }
  }

  private final Rows store = new Rows();
  private final Klass klass = new Klass();
  private final MunicipalityCodes codes =
      new MunicipalityCodes(store, klass, Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void theShippedHistoryHoldsKlasssListTo2024() {
    // Haram 1534 became part of Ålesund 1507 in 2020; Ålesund was divided into 1508 and 1580 in
    // 2024 (KLASS 131): neither is in the hand-written excerpt, both are in the shipped list.
    assertEquals(Set.of("1534"), MunicipalityCodeChanges.shipped().codesIn("1534", 2019, 2024));
    assertEquals(
        new TreeSet<>(Set.of("1508", "1580")), codes.history().codesIn("1534", 2019, 2024));
  }

  @Test
  void aRefreshStoresKlasssListAndTheHistoryFollowsIt() throws Exception {
    // KLASS's answer: the hand-made 17 rows (all in the shipped list) and a made-up renumbering
    // after it ends, Ålesund 1508 → 1599 in 2027
    List<CodeChange> answer = new ArrayList<>(KlassChangesTest.fixture().changes());
    answer.add(new CodeChange("1508", "1599", 2027));
    klass.answer = new KlassChanges.Read(answer, 0);
    int shipped = MunicipalityCodes.shipped(Country.NO).changes().size();
    assertEquals(shipped, codes.history().changes().size());

    MunicipalityCodes.Refresh r = codes.refresh();
    // asked from 1977 to 1 January of the year after the clock's (2026)
    assertEquals(LocalDate.of(1977, 1, 1), klass.asked.get(0)[0]);
    assertEquals(LocalDate.of(2027, 1, 1), klass.asked.get(0)[1]);
    assertEquals(18, r.changes());
    assertEquals(1, r.added(), "only the 2027 change is not shipped");
    assertEquals(2027, r.latestYear());
    assertEquals(NOW, r.fetchedAt());
    assertEquals(Optional.of(NOW), codes.fetchedAt());
    assertEquals(shipped + 1, codes.history().changes().size());
    assertEquals(
        new TreeSet<>(Set.of("1599", "1580")), codes.history().codesIn("1534", 2019, 2027));

    assertEquals(0, codes.refresh().added(), "the same list again adds nothing");
    assertEquals(shipped + 1, codes.history().changes().size());
  }

  @Test
  void nothingIsStoredWhenKlassFails() {
    klass.failure = new FetchException(URI.create("http://klass"), 503, "SSB KLASS answered 503");
    assertThrows(FetchException.class, codes::refresh);
    assertEquals(List.of(), store.rows);
    assertEquals(Optional.empty(), codes.fetchedAt());
  }

  @Test
  void nothingIsStoredWhenTheListCannotBeFollowed() {
    // 0710 ended in 2020 (shipped: Sandefjord 0710 → 3804); a list that uses it again is refused
    klass.answer = new KlassChanges.Read(List.of(new CodeChange("0706", "0710", 2022)), 0);
    ImportException e = assertThrows(ImportException.class, codes::refresh);
    assertTrue(e.getMessage().contains("0710 ended in 2020"), e.getMessage());
    assertEquals(List.of(), store.rows);
  }
}
