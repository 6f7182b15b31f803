package org.barometer.statistics.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.barometer.shared.Country;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.domain.MunicipalityChangeStore;
import org.barometer.statistics.domain.MunicipalityCodeChanges;
import org.barometer.statistics.domain.MunicipalityHistory;
import org.barometer.statistics.domain.MunicipalityHistory.CodeChange;

/**
 * The Norwegian municipal code history Barometer follows series by: the change list shipped with it
 * ({@link MunicipalityCodeChanges#shipped()}) together with the one last fetched from SSB's KLASS
 * classification 131 ({@link #refresh}), which is stored so that every server sharing the database
 * follows the same codes.
 *
 * <p>A refresh asks KLASS for every change from {@link #FIRST} to 1 January of next year (KLASS
 * lists a decided change before it takes effect; it counts only from its year on). Changes before
 * 1977 are not asked for: older numbers were reused for other municipalities, which {@link
 * MunicipalityHistory} cannot follow, and no series Barometer reads goes back that far.
 */
@ApplicationScoped
public class MunicipalityCodes {

  /** The first day of the change list fetched. */
  public static final LocalDate FIRST = LocalDate.of(1977, 1, 1);

  private static final Logger LOG = Logger.getLogger(MunicipalityCodes.class.getName());

  /**
   * What a refresh did.
   *
   * @param from the first day asked for
   * @param to the last day asked for
   * @param changes the changes KLASS listed that link two codes (now stored)
   * @param added how many of them the history did not have before
   * @param unlinked changes that named only an old or only a new code (not kept)
   * @param latestYear the latest year of a change in the history now
   * @param fetchedAt when the rows were stored
   */
  public record Refresh(
      LocalDate from,
      LocalDate to,
      int changes,
      int added,
      int unlinked,
      int latestYear,
      Instant fetchedAt) {}

  /**
   * SSB's KLASS 131 change list as KLASS answered it for 1977-01-01 to 2024-01-02 (594 changes),
   * shipped byte for byte; where it came from is in {@code SOURCES.md} beside it.
   */
  public static final String SHIPPED_KLASS =
      "/org/barometer/statistics/klass-131-changes-1977-2024.json";

  private static final MunicipalityHistory SHIPPED_NO = readShipped();

  private final MunicipalityHistory shipped = SHIPPED_NO;
  private final MunicipalityHistory sweden = MunicipalityCodeChanges.shipped(Country.SE);
  private MunicipalityChangeStore store;
  private MunicipalityChangeSource source;
  private Clock clock;

  protected MunicipalityCodes() {}

  @Inject
  public MunicipalityCodes(MunicipalityChangeStore store, MunicipalityChangeSource source) {
    this(store, source, Clock.systemUTC());
  }

  public MunicipalityCodes(
      MunicipalityChangeStore store, MunicipalityChangeSource source, Clock clock) {
    this.store = store;
    this.source = source;
    this.clock = clock;
  }

  /**
   * The code history shipped with Barometer: for Norway the excerpt and KLASS 131's list to 2024,
   * for Sweden the changes SCB's own tables state (see {@code docs/region-groups.md}).
   */
  public static MunicipalityHistory shipped(Country country) {
    return country == Country.NO ? SHIPPED_NO : MunicipalityCodeChanges.shipped(country);
  }

  private static MunicipalityHistory readShipped() {
    try (InputStream in = MunicipalityCodes.class.getResourceAsStream(SHIPPED_KLASS)) {
      if (in == null) {
        throw new IllegalStateException(
            "The shipped KLASS change list is missing: " + SHIPPED_KLASS);
      }
      return MunicipalityCodeChanges.shipped().with(KlassChanges.json(in).changes());
    } catch (IOException e) {
      throw new UncheckedIOException("Reading " + SHIPPED_KLASS + " failed", e);
    }
  }

  /** The shipped changes with the fetched ones, read from the store on every call. */
  public MunicipalityHistory history() {
    return shipped.with(store.fetched());
  }

  /**
   * The history of {@code country}'s codes: Norway's as {@link #history()}, Sweden's as shipped
   * (nothing is fetched for Sweden; see {@code docs/region-groups.md}).
   */
  public MunicipalityHistory history(Country country) {
    return country == Country.SE ? sweden : history();
  }

  /** When the stored change list was fetched, if it ever was. */
  public Optional<Instant> fetchedAt() {
    return store.fetchedAt();
  }

  /**
   * Fetches KLASS 131's change list and stores it in place of the one fetched before. Nothing is
   * stored when KLASS fails, or when its list cannot be followed together with the shipped one.
   *
   * @throws FetchException when KLASS cannot be reached, refuses or fails
   * @throws ImportException when its answer is not a change list, or one Barometer cannot follow (a
   *     code used again after it ended)
   */
  public Refresh refresh() throws FetchException, ImportException {
    LocalDate to = LocalDate.of(LocalDate.now(clock).getYear() + 1, 1, 1);
    KlassChanges.Read read = source.municipalityChanges(FIRST, to);
    List<CodeChange> rows = read.changes();
    MunicipalityHistory next;
    try {
      next = shipped.with(rows);
    } catch (IllegalArgumentException e) {
      throw new ImportException("KLASS classification 131, changes", null, e.getMessage());
    }
    Set<CodeChange> before = new HashSet<>(history().changes());
    int added = (int) next.changes().stream().filter(c -> !before.contains(c)).count();
    Instant at = clock.instant();
    store.replace(rows, at);
    Refresh done =
        new Refresh(
            FIRST, to, rows.size(), added, read.unlinked(), next.latestChange().orElse(0), at);
    LOG.info(
        () ->
            String.format(
                "Fetched KLASS 131 changes %s to %s: %d changes, %d new, %d without two codes",
                done.from(), done.to(), done.changes(), done.added(), done.unlinked()));
    return done;
  }
}
