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
  void aRefreshStoresKlasssListAndTheHistoryFollowsIt() throws Exception {
    klass.answer = KlassChangesTest.fixture();
    int shipped = MunicipalityCodeChanges.shipped().changes().size();
    assertEquals(shipped, codes.history().changes().size());

    MunicipalityCodes.Refresh r = codes.refresh();
    // asked from 1977 to 1 January of the year after the clock's (2026)
    assertEquals(LocalDate.of(1977, 1, 1), klass.asked.get(0)[0]);
    assertEquals(LocalDate.of(2027, 1, 1), klass.asked.get(0)[1]);
    assertEquals(17, r.changes());
    assertEquals(17, r.added(), "none of the 17 is in the shipped excerpt");
    assertEquals(2024, r.latestYear());
    assertEquals(NOW, r.fetchedAt());
    assertEquals(Optional.of(NOW), codes.fetchedAt());
    assertEquals(shipped + 17, codes.history().changes().size());
    assertEquals(
        new TreeSet<>(Set.of("1508", "1580")), codes.history().codesIn("1534", 2019, 2024));

    assertEquals(0, codes.refresh().added(), "the same list again adds nothing");
    assertEquals(shipped + 17, codes.history().changes().size());
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
